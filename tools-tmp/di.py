"""Appends a BPMN DI section to a semantic model: shapes and edges given as dicts."""
import sys

def shape(id, x, y, w, h, label=None, expanded=None, marker=False):
    s = f'      <bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"'
    if expanded is not None:
        s += f' isExpanded="{str(expanded).lower()}"'
    if marker:
        s += ' isMarkerVisible="true"'
    s += f'>\n        <dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" />\n'
    if label:
        lx, ly, lw, lh = label
        s += f'        <bpmndi:BPMNLabel><dc:Bounds x="{lx}" y="{ly}" width="{lw}" height="{lh}" /></bpmndi:BPMNLabel>\n'
    return s + '      </bpmndi:BPMNShape>\n'

def edge(id, points, label=None):
    s = f'      <bpmndi:BPMNEdge id="{id}_di" bpmnElement="{id}">\n'
    for x, y in points:
        s += f'        <di:waypoint x="{x}" y="{y}" />\n'
    if label:
        lx, ly, lw, lh = label
        s += f'        <bpmndi:BPMNLabel><dc:Bounds x="{lx}" y="{ly}" width="{lw}" height="{lh}" /></bpmndi:BPMNLabel>\n'
    return s + '      </bpmndi:BPMNEdge>\n'

def diagram(name, process, items):
    out = f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{name}">\n    <bpmndi:BPMNPlane id="BPMNPlane_{name}" bpmnElement="{process}">\n'
    out += ''.join(items)
    return out + '    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n'
