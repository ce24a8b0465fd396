/*
 * Buddyflow: the case file beside every task ("Dossier" tab in Tasklist's task view).
 *
 * A Camunda 7 Tasklist plugin (plugin point tasklist.task.detail), loaded by config.js
 * customScripts. It asks our own endpoint GET /api/workspace/tasks/{taskId}/case-file with the
 * Tasklist session (same cookies, no second login) and the browser's Accept-Language. The server
 * decides what the reader may see and answers in words, in her language; this script only shows
 * it as plain HTML: headings, definition lists and tables. Nothing is kept in the browser.
 */

const WORDS = {
  nl: {
    tab: 'Dossier',
    loading: 'Het dossier wordt geladen…',
    none: 'Bij deze taak hoort geen dossier dat je mag inkijken.',
    loggedOut: 'Je sessie is verlopen: meld je opnieuw aan.',
    failed: 'Het dossier kan nu niet geladen worden. Probeer later opnieuw.'
  },
  fr: {
    tab: 'Dossier',
    loading: 'Chargement du dossier…',
    none: 'Aucun dossier que vous pouvez consulter n’est lié à cette tâche.',
    loggedOut: 'Votre session a expiré : reconnectez-vous.',
    failed: 'Le dossier ne peut pas être chargé maintenant. Réessayez plus tard.'
  },
  en: {
    tab: 'Case file',
    loading: 'Loading the case file…',
    none: 'This task has no case file you may see.',
    loggedOut: 'Your session has ended: log in again.',
    failed: 'The case file cannot be loaded now. Try again later.'
  }
};

/** The reader's language by the same rule as the server (api/Language.java): nl, fr or en; nl by default. */
function readerLanguage() {
  const preferred = (navigator.languages && navigator.languages.length) ? navigator.languages : [navigator.language || ''];
  for (const tag of preferred) {
    const language = String(tag).slice(0, 2).toLowerCase();
    if (WORDS[language]) {
      return language;
    }
  }
  return 'nl';
}

/** Our endpoints live beside the webapps: /camunda/app/... -> /api/... on the same server. */
function serverRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/camunda\/?$/, '');
}

function element(name, attributes, text) {
  const node = document.createElement(name);
  Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  return node;
}

function renderTable(table, id) {
  const wrapper = element('div', {class: 'bf-casefile-table'});
  const t = element('table', {class: 'table table-condensed', id: id});
  t.appendChild(element('caption', {}, table.caption));
  const head = element('thead');
  const headRow = element('tr');
  table.columns.forEach(column => headRow.appendChild(element('th', {scope: 'col'}, column)));
  head.appendChild(headRow);
  t.appendChild(head);
  const body = element('tbody');
  table.rows.forEach(row => {
    const tr = element('tr');
    row.forEach(cell => tr.appendChild(element('td', {}, cell)));
    body.appendChild(tr);
  });
  t.appendChild(body);
  wrapper.appendChild(t);
  return wrapper;
}

function renderCaseFile(container, caseFile) {
  const root = element('article', {class: 'bf-casefile', lang: caseFile.language, 'aria-labelledby': 'bf-casefile-title'});
  root.appendChild(element('h3', {id: 'bf-casefile-title'}, caseFile.title));
  caseFile.sections.forEach(section => {
    const headingId = 'bf-casefile-' + section.id;
    const part = element('section', {class: 'bf-casefile-section', 'aria-labelledby': headingId});
    part.appendChild(element('h4', {id: headingId}, section.heading));
    if (section.facts && section.facts.length) {
      const list = element('dl', {class: 'bf-casefile-facts'});
      section.facts.forEach(fact => {
        const row = element('div', {class: 'bf-casefile-fact'});
        row.appendChild(element('dt', {}, fact.label));
        row.appendChild(element('dd', {}, fact.value));
        list.appendChild(row);
      });
      part.appendChild(list);
    }
    if (section.table && section.table.rows.length) {
      part.appendChild(renderTable(section.table, headingId + '-table'));
    }
    root.appendChild(part);
  });
  container.replaceChildren(root);
}

function message(container, text) {
  container.replaceChildren(element('p', {class: 'bf-casefile-message', role: 'status'}, text));
}

const language = readerLanguage();

/** The case number and the person on a task of the list, as far as the reader may know her. */
const taskCard = {
  id: 'buddyflow-task-context',
  pluginPoint: 'tasklist.card',
  priority: 100,
  render: (node, {taskId}) => {
    const line = element('p', {class: 'bf-task-context'});
    node.replaceChildren(line);
    if (!taskId) {
      return;
    }
    fetch(serverRoot() + '/api/workspace/tasks/' + encodeURIComponent(taskId) + '/context', {
      credentials: 'same-origin',
      headers: {Accept: 'application/json'}
    })
      .then(response => (response.ok ? response.json() : null))
      .then(context => {
        if (context && context.text) {
          line.setAttribute('lang', context.language);
          line.textContent = context.text;
        } else {
          line.remove();
        }
      })
      .catch(() => line.remove());
  }
};

const caseFileTab = {
  id: 'buddyflow-case-file',
  pluginPoint: 'tasklist.task.detail',
  // After the form (1000) and before the history (800).
  priority: 900,
  properties: {
    label: WORDS[language].tab
  },
  render: (node, {taskId}) => {
    const words = WORDS[language];
    const container = element('div', {class: 'bf-casefile-tab', 'aria-live': 'polite'});
    node.replaceChildren(container);
    message(container, words.loading);
    if (!taskId) {
      message(container, words.none);
      return;
    }
    fetch(serverRoot() + '/api/workspace/tasks/' + encodeURIComponent(taskId) + '/case-file', {
      credentials: 'same-origin',
      headers: {Accept: 'application/json'}
    })
      .then(response => {
        if (response.status === 401) {
          message(container, words.loggedOut);
          return null;
        }
        if (response.status === 404 || response.status === 403) {
          message(container, words.none);
          return null;
        }
        if (!response.ok) {
          message(container, words.failed);
          return null;
        }
        return response.json();
      })
      .then(caseFile => {
        if (caseFile) {
          renderCaseFile(container, caseFile);
        }
      })
      .catch(() => message(container, words.failed));
  }
};

export default [caseFileTab, taskCard];
