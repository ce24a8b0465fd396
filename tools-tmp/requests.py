import sys
sys.path.insert(0, 'tools-tmp')
from di import shape, edge, diagram

def model(key, name, defs_id, doc, start_id, start_name, form, task_id, task_name, bean, end_id, end_name):
    head = f'''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_{defs_id}" targetNamespace="https://buddyflow.be/bpmn" exporter="Camunda Modeler" exporterVersion="5.40.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
  <bpmn:process id="{key}" name="{name}" isExecutable="true" camunda:historyTimeToLive="1825" camunda:isStartableInTasklist="true">
    <bpmn:documentation>{doc}</bpmn:documentation>
    <bpmn:startEvent id="{start_id}" name="{start_name}" camunda:formRef="{form}" camunda:formRefBinding="deployment">
      <bpmn:outgoing>SequenceFlow_To{task_id.split('_')[1]}</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:serviceTask id="{task_id}" name="{task_name}" camunda:delegateExpression="${{{bean}}}">
      <bpmn:incoming>SequenceFlow_To{task_id.split('_')[1]}</bpmn:incoming>
      <bpmn:outgoing>SequenceFlow_To{end_id.split('_')[1]}</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:endEvent id="{end_id}" name="{end_name}">
      <bpmn:incoming>SequenceFlow_To{end_id.split('_')[1]}</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="SequenceFlow_To{task_id.split('_')[1]}" sourceRef="{start_id}" targetRef="{task_id}" />
    <bpmn:sequenceFlow id="SequenceFlow_To{end_id.split('_')[1]}" sourceRef="{task_id}" targetRef="{end_id}" />
  </bpmn:process>
'''
    items = [
        shape(start_id, 152, 82, 36, 36, (125, 125, 90, 27)),
        shape(task_id, 240, 60, 100, 80),
        shape(end_id, 392, 82, 36, 36, (365, 125, 90, 27)),
        edge('SequenceFlow_To' + task_id.split('_')[1], [(188, 100), (240, 100)]),
        edge('SequenceFlow_To' + end_id.split('_')[1], [(340, 100), (392, 100)]),
    ]
    with open(f'bpmn/{key}.bpmn', 'w') as f:
        f.write(head + diagram(defs_id, key, items) + '</bpmn:definitions>\n')

model('duo-concern', 'Zorg melden', 'DuoConcern',
      'A volunteer raises a concern about their duo from Tasklist. The service task checks that the duo is theirs (the case number may stay empty for a volunteer with one buddy), keeps the text in duo_request and sends message DuoConcernRaised to the duo\'s trajectory-active instance, where a social worker of the case gets a task. A refused concern starts nothing: the volunteer sees why. Business key = the case id, once known.',
      'StartEvent_ConcernSubmitted', 'Zorg ingediend', 'raise-concern',
      'ServiceTask_RecordConcern', 'Zorg doorgeven', 'recordConcernDelegate',
      'EndEvent_ConcernPassedOn', 'Zorg doorgegeven')
model('duo-end-request', 'Duo stopzetten', 'DuoEndRequest',
      'The volunteer, or a social worker of the case on behalf of the newcomer, asks from Tasklist to end a duo early. The service task checks who asks (the duo\'s volunteer, or a social worker of the organisation that works the case), keeps the note in duo_request and sends message DuoEndRequested to the duo\'s trajectory-active instance, where a coordinator decides between a rematch and closure. A refused request starts nothing. Business key = the case id, once known.',
      'StartEvent_EndRequestSubmitted', 'Stopzetting ingediend', 'request-duo-end',
      'ServiceTask_RecordEndRequest', 'Stopzetting doorgeven', 'recordEndRequestDelegate',
      'EndEvent_EndRequestPassedOn', 'Stopzetting doorgegeven')
