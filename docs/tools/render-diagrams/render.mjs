// Renders every bpmn/*.bpmn of the repository to docs/images/<process-id>.svg.
//
// bpmn-js (the library Camunda Modeler draws with) runs inside the system's headless Chromium,
// started through playwright-core. No browser is downloaded: Debian's /usr/bin/chromium is used,
// override with CHROMIUM=/path/to/chromium. Run from this folder: npm ci && npm run render
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repository = path.resolve(here, '../../..');
const modelsDir = path.join(repository, 'bpmn');
const imagesDir = path.join(repository, 'docs', 'images');
const viewerBundle = path.join(here, 'node_modules', 'bpmn-js', 'dist', 'bpmn-viewer.production.min.js');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}: apt-get install -y chromium (or set CHROMIUM).`);
  process.exit(1);
}
if (!existsSync(viewerBundle)) {
  console.error('bpmn-js is not installed here: run npm ci in docs/tools/render-diagrams first.');
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

let failures = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  // The page never leaves this machine: refuse every request it might try to make.
  await page.route('**/*', (route) => route.abort());
  await page.setContent('<!DOCTYPE html><html><body><div id="canvas" style="width:1600px;height:1000px"></div></body></html>');
  await page.addScriptTag({ content: await readFile(viewerBundle, 'utf8') });

  await mkdir(imagesDir, { recursive: true });
  const models = (await readdir(modelsDir)).filter((name) => name.endsWith('.bpmn')).sort();
  for (const model of models) {
    const xml = await readFile(path.join(modelsDir, model), 'utf8');
    const result = await page.evaluate(async (bpmnXml) => {
      const container = document.getElementById('canvas');
      container.innerHTML = '';
      // eslint-disable-next-line no-undef
      const viewer = new BpmnJS({ container });
      try {
        const { warnings } = await viewer.importXML(bpmnXml);
        const process = viewer.getDefinitions().rootElements.find((element) => element.$type === 'bpmn:Process');
        const { svg } = await viewer.saveSVG();
        return { processId: process && process.id, svg, warnings: warnings.map((w) => w.message) };
      } catch (error) {
        return { error: String(error && error.message ? error.message : error) };
      } finally {
        viewer.destroy();
      }
    }, xml);
    if (result.error || !result.processId) {
      console.error(`${model}: ${result.error || 'no process in this file'}`);
      failures++;
      continue;
    }
    result.warnings.forEach((warning) => console.warn(`${model}: ${warning}`));
    const target = path.join(imagesDir, `${result.processId}.svg`);
    await writeFile(target, withWhiteBackground(withStableMarkerIds(result.svg)));
    console.log(`${model} -> ${path.relative(repository, target)}`);
  }
} finally {
  await browser.close();
}
process.exit(failures === 0 ? 0 : 1);

/** bpmn-js names arrow-head markers at random; number them so that a rerun changes no byte. */
function withStableMarkerIds(svg) {
  const renamed = new Map();
  return svg.replace(/(id="|#)(marker-[a-z0-9]+)/g, (match, prefix, id) => {
    if (!renamed.has(id)) {
      renamed.set(id, `marker-${renamed.size + 1}`);
    }
    return prefix + renamed.get(id);
  });
}

/** A white rectangle under the drawing, so the black lines stay readable on a dark page theme. */
function withWhiteBackground(svg) {
  const viewBox = /<svg[^>]*viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"[^>]*>/.exec(svg);
  const text = svg.endsWith('\n') ? svg : svg + '\n';
  if (!viewBox) {
    return text;
  }
  const [tag, x, y, width, height] = viewBox;
  const background = `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="#ffffff"/>`;
  return text.replace(tag, tag + background);
}
