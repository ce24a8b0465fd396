import sys
sys.path.insert(0, 'tools-tmp')
from di import shape, edge, diagram

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_TrajectoryActive" targetNamespace="https://buddyflow.be/bpmn" exporter="Camunda Modeler" exporterVersion="5.40.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
'''

PROCESS = '''  <bpmn:process id="trajectory-active" name="Actief buddytraject" isExecutable="true" camunda:historyTimeToLive="1825">
    <bpmn:documentation>Active phase of a buddy trajectory: the duo meets for the planned duration (default six months) and the volunteer logs each meeting; without a log within the interval the volunteer is reminded and, if still nothing comes, a coordinator follows up; coordinators check in on day 14 and day 28, then monthly; volunteer and social worker evaluate at the mid-point. At any time the volunteer can raise a concern (message DuoConcernRaised) that a social worker of the case picks up, and either side can ask to end the duo early (message DuoEndRequested): a coordinator then decides between a rematch and closure. Returns activeOutcome (COMPLETED, REMATCH, CLOSE). Business key = case id.</bpmn:documentation>
    <bpmn:startEvent id="StartEvent_ActiveStarted" name="Duo gevormd">
      <bpmn:outgoing>SequenceFlow_ToPlanTrajectory</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:serviceTask id="ServiceTask_PlanTrajectory" name="Traject plannen" camunda:delegateExpression="${planTrajectoryDelegate}">
      <bpmn:incoming>SequenceFlow_ToPlanTrajectory</bpmn:incoming>
      <bpmn:outgoing>SequenceFlow_ToActiveTrajectory</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:subProcess id="SubProcess_ActiveTrajectory" name="Buddytraject loopt">
      <bpmn:incoming>SequenceFlow_ToActiveTrajectory</bpmn:incoming>
      <bpmn:startEvent id="StartEvent_TrajectoryRunning" name="Duo actief">
        <bpmn:outgoing>SequenceFlow_ToSplitActivities</bpmn:outgoing>
      </bpmn:startEvent>
      <bpmn:parallelGateway id="Gateway_SplitActivities">
        <bpmn:incoming>SequenceFlow_ToSplitActivities</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_ToMeetingLog</bpmn:outgoing>
        <bpmn:outgoing>SequenceFlow_ToCheckIns</bpmn:outgoing>
        <bpmn:outgoing>SequenceFlow_ToMidpoint</bpmn:outgoing>
      </bpmn:parallelGateway>
      <bpmn:exclusiveGateway id="Gateway_JoinMeetingCycle">
        <bpmn:incoming>SequenceFlow_ToMeetingLog</bpmn:incoming>
        <bpmn:incoming>SequenceFlow_NextMeetingCycle</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_ToMeetingCycle</bpmn:outgoing>
      </bpmn:exclusiveGateway>
      <bpmn:subProcess id="SubProcess_MeetingCycle" name="Tot de volgende ontmoeting">
        <bpmn:incoming>SequenceFlow_ToMeetingCycle</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_NextMeetingCycle</bpmn:outgoing>
        <bpmn:startEvent id="StartEvent_MeetingCycleStarted" name="Wachten op ontmoeting">
          <bpmn:outgoing>SequenceFlow_ToLogMeeting</bpmn:outgoing>
        </bpmn:startEvent>
        <bpmn:userTask id="UserTask_LogMeeting" name="Ontmoeting loggen" camunda:formRef="log-meeting" camunda:formRefBinding="deployment" camunda:assignee="${buddyVolunteerUser}" camunda:candidateGroups="coordinators">
          <bpmn:documentation>Stays open until the volunteer logs a meeting; a coordinator logs for a volunteer without an account.</bpmn:documentation>
          <bpmn:incoming>SequenceFlow_ToLogMeeting</bpmn:incoming>
          <bpmn:outgoing>SequenceFlow_ToRecordMeeting</bpmn:outgoing>
        </bpmn:userTask>
        <bpmn:serviceTask id="ServiceTask_RecordMeeting" name="Ontmoeting vastleggen" camunda:delegateExpression="${recordMeetingDelegate}">
          <bpmn:incoming>SequenceFlow_ToRecordMeeting</bpmn:incoming>
          <bpmn:outgoing>SequenceFlow_ToMeetingLogged</bpmn:outgoing>
        </bpmn:serviceTask>
        <bpmn:endEvent id="EndEvent_MeetingLogged" name="Ontmoeting gelogd">
          <bpmn:documentation>Terminates this cycle only: the reminder timer and an open follow-up end with it, and a new cycle starts.</bpmn:documentation>
          <bpmn:incoming>SequenceFlow_ToMeetingLogged</bpmn:incoming>
          <bpmn:terminateEventDefinition id="TerminateEventDefinition_MeetingLogged" />
        </bpmn:endEvent>
        <bpmn:boundaryEvent id="BoundaryEvent_NoMeetingLogged" name="Geen ontmoeting gelogd" cancelActivity="false" attachedToRef="UserTask_LogMeeting">
          <bpmn:outgoing>SequenceFlow_NoMeetingLogged</bpmn:outgoing>
          <bpmn:timerEventDefinition id="TimerEventDefinition_NoMeetingLogged"><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R/${meetingInterval}</bpmn:timeCycle></bpmn:timerEventDefinition>
        </bpmn:boundaryEvent>
        <bpmn:serviceTask id="ServiceTask_RemindVolunteer" name="Vrijwilliger herinneren" camunda:asyncBefore="true" camunda:delegateExpression="${remindVolunteerDelegate}">
          <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
          <bpmn:incoming>SequenceFlow_NoMeetingLogged</bpmn:incoming>
          <bpmn:outgoing>SequenceFlow_ToStillNoMeetingLogged</bpmn:outgoing>
        </bpmn:serviceTask>
        <bpmn:intermediateCatchEvent id="IntermediateCatchEvent_StillNoMeetingLogged" name="Nog steeds niets gelogd">
          <bpmn:incoming>SequenceFlow_ToStillNoMeetingLogged</bpmn:incoming>
          <bpmn:outgoing>SequenceFlow_ToFollowUpMissingLog</bpmn:outgoing>
          <bpmn:timerEventDefinition id="TimerEventDefinition_StillNoMeetingLogged"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${meetingFollowUpAfter}</bpmn:timeDuration></bpmn:timerEventDefinition>
        </bpmn:intermediateCatchEvent>
        <bpmn:userTask id="UserTask_FollowUpMissingLog" name="Ontbrekende ontmoetingen opvolgen" camunda:formRef="follow-up-missing-log" camunda:formRefBinding="deployment" camunda:candidateGroups="coordinators">
          <bpmn:incoming>SequenceFlow_ToFollowUpMissingLog</bpmn:incoming>
          <bpmn:outgoing>SequenceFlow_ToMissingLogFollowedUp</bpmn:outgoing>
        </bpmn:userTask>
        <bpmn:endEvent id="EndEvent_MissingLogFollowedUp" name="Opgevolgd">
          <bpmn:incoming>SequenceFlow_ToMissingLogFollowedUp</bpmn:incoming>
        </bpmn:endEvent>
        <bpmn:sequenceFlow id="SequenceFlow_ToLogMeeting" sourceRef="StartEvent_MeetingCycleStarted" targetRef="UserTask_LogMeeting" />
        <bpmn:sequenceFlow id="SequenceFlow_ToRecordMeeting" sourceRef="UserTask_LogMeeting" targetRef="ServiceTask_RecordMeeting" />
        <bpmn:sequenceFlow id="SequenceFlow_ToMeetingLogged" sourceRef="ServiceTask_RecordMeeting" targetRef="EndEvent_MeetingLogged" />
        <bpmn:sequenceFlow id="SequenceFlow_NoMeetingLogged" sourceRef="BoundaryEvent_NoMeetingLogged" targetRef="ServiceTask_RemindVolunteer" />
        <bpmn:sequenceFlow id="SequenceFlow_ToStillNoMeetingLogged" sourceRef="ServiceTask_RemindVolunteer" targetRef="IntermediateCatchEvent_StillNoMeetingLogged" />
        <bpmn:sequenceFlow id="SequenceFlow_ToFollowUpMissingLog" sourceRef="IntermediateCatchEvent_StillNoMeetingLogged" targetRef="UserTask_FollowUpMissingLog" />
        <bpmn:sequenceFlow id="SequenceFlow_ToMissingLogFollowedUp" sourceRef="UserTask_FollowUpMissingLog" targetRef="EndEvent_MissingLogFollowedUp" />
      </bpmn:subProcess>
      <bpmn:exclusiveGateway id="Gateway_JoinCheckIn">
        <bpmn:incoming>SequenceFlow_ToCheckIns</bpmn:incoming>
        <bpmn:incoming>SequenceFlow_CheckInDone</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_ToPlanCheckIn</bpmn:outgoing>
      </bpmn:exclusiveGateway>
      <bpmn:serviceTask id="ServiceTask_PlanCheckIn" name="Check-in plannen" camunda:delegateExpression="${planCheckInDelegate}">
        <bpmn:incoming>SequenceFlow_ToPlanCheckIn</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_ToMoreCheckIns</bpmn:outgoing>
      </bpmn:serviceTask>
      <bpmn:exclusiveGateway id="Gateway_MoreCheckIns" name="Check-in voor het einde?">
        <bpmn:incoming>SequenceFlow_ToMoreCheckIns</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_MoreCheckInsYes</bpmn:outgoing>
        <bpmn:outgoing>SequenceFlow_MoreCheckInsNo</bpmn:outgoing>
      </bpmn:exclusiveGateway>
      <bpmn:intermediateCatchEvent id="IntermediateCatchEvent_CheckInDue" name="Check-in gepland">
        <bpmn:incoming>SequenceFlow_MoreCheckInsYes</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_ToCheckIn</bpmn:outgoing>
        <bpmn:timerEventDefinition id="TimerEventDefinition_CheckInDue"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${checkInDate}</bpmn:timeDate></bpmn:timerEventDefinition>
      </bpmn:intermediateCatchEvent>
      <bpmn:userTask id="UserTask_CheckIn" name="Check-in met duo doen" camunda:formRef="duo-check-in" camunda:formRefBinding="deployment" camunda:candidateGroups="coordinators" camunda:dueDate="${checkInDueDate}">
        <bpmn:incoming>SequenceFlow_ToCheckIn</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_CheckInDone</bpmn:outgoing>
      </bpmn:userTask>
      <bpmn:endEvent id="EndEvent_CheckInsDone" name="Check-ins gedaan">
        <bpmn:incoming>SequenceFlow_MoreCheckInsNo</bpmn:incoming>
      </bpmn:endEvent>
      <bpmn:intermediateCatchEvent id="IntermediateCatchEvent_Midpoint" name="Halverwege het traject">
        <bpmn:incoming>SequenceFlow_ToMidpoint</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_ToSplitEvaluation</bpmn:outgoing>
        <bpmn:timerEventDefinition id="TimerEventDefinition_Midpoint"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${midpointDate}</bpmn:timeDate></bpmn:timerEventDefinition>
      </bpmn:intermediateCatchEvent>
      <bpmn:parallelGateway id="Gateway_SplitEvaluation">
        <bpmn:incoming>SequenceFlow_ToSplitEvaluation</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_ToEvaluateVolunteer</bpmn:outgoing>
        <bpmn:outgoing>SequenceFlow_ToEvaluateNewcomer</bpmn:outgoing>
      </bpmn:parallelGateway>
      <bpmn:userTask id="UserTask_EvaluateMidpointVolunteer" name="Tussentijdse evaluatie invullen" camunda:formRef="evaluate-midpoint-volunteer" camunda:formRefBinding="deployment" camunda:assignee="${buddyVolunteerUser}" camunda:candidateGroups="coordinators" camunda:dueDate="${evaluationDueDate}">
        <bpmn:incoming>SequenceFlow_ToEvaluateVolunteer</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_ToRecordVolunteerRating</bpmn:outgoing>
      </bpmn:userTask>
      <bpmn:serviceTask id="ServiceTask_RecordVolunteerRating" name="Evaluatie vrijwilliger vastleggen" camunda:delegateExpression="${recordMidpointEvaluationDelegate}">
        <bpmn:incoming>SequenceFlow_ToRecordVolunteerRating</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_VolunteerRatingRecorded</bpmn:outgoing>
      </bpmn:serviceTask>
      <bpmn:userTask id="UserTask_EvaluateMidpointNewcomer" name="Tussentijdse evaluatie met nieuwkomer" camunda:formRef="evaluate-midpoint-newcomer" camunda:formRefBinding="deployment" camunda:candidateGroups="${caseTeam}" camunda:dueDate="${evaluationDueDate}">
        <bpmn:incoming>SequenceFlow_ToEvaluateNewcomer</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_ToRecordNewcomerRating</bpmn:outgoing>
      </bpmn:userTask>
      <bpmn:serviceTask id="ServiceTask_RecordNewcomerRating" name="Evaluatie nieuwkomer vastleggen" camunda:delegateExpression="${recordMidpointEvaluationDelegate}">
        <bpmn:incoming>SequenceFlow_ToRecordNewcomerRating</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_NewcomerRatingRecorded</bpmn:outgoing>
      </bpmn:serviceTask>
      <bpmn:parallelGateway id="Gateway_JoinEvaluation">
        <bpmn:incoming>SequenceFlow_VolunteerRatingRecorded</bpmn:incoming>
        <bpmn:incoming>SequenceFlow_NewcomerRatingRecorded</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_ToMidpointEvaluated</bpmn:outgoing>
      </bpmn:parallelGateway>
      <bpmn:endEvent id="EndEvent_MidpointEvaluated" name="Tussentijds geëvalueerd">
        <bpmn:incoming>SequenceFlow_ToMidpointEvaluated</bpmn:incoming>
      </bpmn:endEvent>
      <bpmn:sequenceFlow id="SequenceFlow_ToSplitActivities" sourceRef="StartEvent_TrajectoryRunning" targetRef="Gateway_SplitActivities" />
      <bpmn:sequenceFlow id="SequenceFlow_ToMeetingLog" sourceRef="Gateway_SplitActivities" targetRef="Gateway_JoinMeetingCycle" />
      <bpmn:sequenceFlow id="SequenceFlow_ToMeetingCycle" sourceRef="Gateway_JoinMeetingCycle" targetRef="SubProcess_MeetingCycle" />
      <bpmn:sequenceFlow id="SequenceFlow_NextMeetingCycle" sourceRef="SubProcess_MeetingCycle" targetRef="Gateway_JoinMeetingCycle" />
      <bpmn:sequenceFlow id="SequenceFlow_ToCheckIns" sourceRef="Gateway_SplitActivities" targetRef="Gateway_JoinCheckIn" />
      <bpmn:sequenceFlow id="SequenceFlow_ToPlanCheckIn" sourceRef="Gateway_JoinCheckIn" targetRef="ServiceTask_PlanCheckIn" />
      <bpmn:sequenceFlow id="SequenceFlow_ToMoreCheckIns" sourceRef="ServiceTask_PlanCheckIn" targetRef="Gateway_MoreCheckIns" />
      <bpmn:sequenceFlow id="SequenceFlow_MoreCheckInsYes" name="ja" sourceRef="Gateway_MoreCheckIns" targetRef="IntermediateCatchEvent_CheckInDue">
        <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${moreCheckIns}</bpmn:conditionExpression>
      </bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="SequenceFlow_MoreCheckInsNo" name="nee" sourceRef="Gateway_MoreCheckIns" targetRef="EndEvent_CheckInsDone">
        <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${!moreCheckIns}</bpmn:conditionExpression>
      </bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="SequenceFlow_ToCheckIn" sourceRef="IntermediateCatchEvent_CheckInDue" targetRef="UserTask_CheckIn" />
      <bpmn:sequenceFlow id="SequenceFlow_CheckInDone" sourceRef="UserTask_CheckIn" targetRef="Gateway_JoinCheckIn" />
      <bpmn:sequenceFlow id="SequenceFlow_ToMidpoint" sourceRef="Gateway_SplitActivities" targetRef="IntermediateCatchEvent_Midpoint" />
      <bpmn:sequenceFlow id="SequenceFlow_ToSplitEvaluation" sourceRef="IntermediateCatchEvent_Midpoint" targetRef="Gateway_SplitEvaluation" />
      <bpmn:sequenceFlow id="SequenceFlow_ToEvaluateVolunteer" sourceRef="Gateway_SplitEvaluation" targetRef="UserTask_EvaluateMidpointVolunteer" />
      <bpmn:sequenceFlow id="SequenceFlow_ToEvaluateNewcomer" sourceRef="Gateway_SplitEvaluation" targetRef="UserTask_EvaluateMidpointNewcomer" />
      <bpmn:sequenceFlow id="SequenceFlow_ToRecordVolunteerRating" sourceRef="UserTask_EvaluateMidpointVolunteer" targetRef="ServiceTask_RecordVolunteerRating" />
      <bpmn:sequenceFlow id="SequenceFlow_ToRecordNewcomerRating" sourceRef="UserTask_EvaluateMidpointNewcomer" targetRef="ServiceTask_RecordNewcomerRating" />
      <bpmn:sequenceFlow id="SequenceFlow_VolunteerRatingRecorded" sourceRef="ServiceTask_RecordVolunteerRating" targetRef="Gateway_JoinEvaluation" />
      <bpmn:sequenceFlow id="SequenceFlow_NewcomerRatingRecorded" sourceRef="ServiceTask_RecordNewcomerRating" targetRef="Gateway_JoinEvaluation" />
      <bpmn:sequenceFlow id="SequenceFlow_ToMidpointEvaluated" sourceRef="Gateway_JoinEvaluation" targetRef="EndEvent_MidpointEvaluated" />
    </bpmn:subProcess>
    <bpmn:boundaryEvent id="BoundaryEvent_TrajectoryEnds" name="Einddatum bereikt" attachedToRef="SubProcess_ActiveTrajectory">
      <bpmn:outgoing>SequenceFlow_TrajectoryEnded</bpmn:outgoing>
      <bpmn:timerEventDefinition id="TimerEventDefinition_TrajectoryEnds"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${endDate}</bpmn:timeDate></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:serviceTask id="ServiceTask_CompleteDuo" name="Duo afronden" camunda:delegateExpression="${completeDuoDelegate}">
      <bpmn:incoming>SequenceFlow_TrajectoryEnded</bpmn:incoming>
      <bpmn:outgoing>SequenceFlow_ToTrajectoryCompleted</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:endEvent id="EndEvent_TrajectoryCompleted" name="Traject voltooid">
      <bpmn:incoming>SequenceFlow_ToTrajectoryCompleted</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:boundaryEvent id="BoundaryEvent_DuoEndRequested" name="Stopzetting gevraagd" attachedToRef="SubProcess_ActiveTrajectory">
      <bpmn:outgoing>SequenceFlow_EndRequested</bpmn:outgoing>
      <bpmn:messageEventDefinition id="MessageEventDefinition_DuoEndRequested" messageRef="Message_DuoEndRequested" />
    </bpmn:boundaryEvent>
    <bpmn:userTask id="UserTask_AssessDuoEnd" name="Beëindiging duo beoordelen" camunda:formRef="assess-duo-end" camunda:formRefBinding="deployment" camunda:candidateGroups="coordinators">
      <bpmn:incoming>SequenceFlow_EndRequested</bpmn:incoming>
      <bpmn:outgoing>SequenceFlow_ToEndDuoEarly</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:serviceTask id="ServiceTask_EndDuoEarly" name="Duo beëindigen" camunda:delegateExpression="${endDuoEarlyDelegate}">
      <bpmn:incoming>SequenceFlow_ToEndDuoEarly</bpmn:incoming>
      <bpmn:outgoing>SequenceFlow_ToRematch</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:exclusiveGateway id="Gateway_Rematch" name="Nieuwe buddy zoeken?">
      <bpmn:incoming>SequenceFlow_ToRematch</bpmn:incoming>
      <bpmn:outgoing>SequenceFlow_RematchYes</bpmn:outgoing>
      <bpmn:outgoing>SequenceFlow_RematchNo</bpmn:outgoing>
    </bpmn:exclusiveGateway>
    <bpmn:endEvent id="EndEvent_RematchRequested" name="Nieuwe match nodig">
      <bpmn:incoming>SequenceFlow_RematchYes</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:endEvent id="EndEvent_TrajectoryClosed" name="Traject stopgezet">
      <bpmn:incoming>SequenceFlow_RematchNo</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:subProcess id="SubProcess_Concern" name="Zorg van buddy" triggeredByEvent="true">
      <bpmn:startEvent id="StartEvent_ConcernRaised" name="Zorg gemeld" isInterrupting="false">
        <bpmn:outgoing>SequenceFlow_ToFollowUpConcern</bpmn:outgoing>
        <bpmn:messageEventDefinition id="MessageEventDefinition_ConcernRaised" messageRef="Message_DuoConcernRaised" />
      </bpmn:startEvent>
      <bpmn:userTask id="UserTask_FollowUpConcern" name="Zorg van buddy opvolgen" camunda:formRef="follow-up-concern" camunda:formRefBinding="deployment" camunda:candidateGroups="${caseTeam}">
        <bpmn:incoming>SequenceFlow_ToFollowUpConcern</bpmn:incoming>
        <bpmn:outgoing>SequenceFlow_ToConcernFollowedUp</bpmn:outgoing>
      </bpmn:userTask>
      <bpmn:endEvent id="EndEvent_ConcernFollowedUp" name="Zorg opgevolgd">
        <bpmn:incoming>SequenceFlow_ToConcernFollowedUp</bpmn:incoming>
      </bpmn:endEvent>
      <bpmn:sequenceFlow id="SequenceFlow_ToFollowUpConcern" sourceRef="StartEvent_ConcernRaised" targetRef="UserTask_FollowUpConcern" />
      <bpmn:sequenceFlow id="SequenceFlow_ToConcernFollowedUp" sourceRef="UserTask_FollowUpConcern" targetRef="EndEvent_ConcernFollowedUp" />
    </bpmn:subProcess>
    <bpmn:sequenceFlow id="SequenceFlow_ToPlanTrajectory" sourceRef="StartEvent_ActiveStarted" targetRef="ServiceTask_PlanTrajectory" />
    <bpmn:sequenceFlow id="SequenceFlow_ToActiveTrajectory" sourceRef="ServiceTask_PlanTrajectory" targetRef="SubProcess_ActiveTrajectory" />
    <bpmn:sequenceFlow id="SequenceFlow_TrajectoryEnded" sourceRef="BoundaryEvent_TrajectoryEnds" targetRef="ServiceTask_CompleteDuo" />
    <bpmn:sequenceFlow id="SequenceFlow_ToTrajectoryCompleted" sourceRef="ServiceTask_CompleteDuo" targetRef="EndEvent_TrajectoryCompleted" />
    <bpmn:sequenceFlow id="SequenceFlow_EndRequested" sourceRef="BoundaryEvent_DuoEndRequested" targetRef="UserTask_AssessDuoEnd" />
    <bpmn:sequenceFlow id="SequenceFlow_ToEndDuoEarly" sourceRef="UserTask_AssessDuoEnd" targetRef="ServiceTask_EndDuoEarly" />
    <bpmn:sequenceFlow id="SequenceFlow_ToRematch" sourceRef="ServiceTask_EndDuoEarly" targetRef="Gateway_Rematch" />
    <bpmn:sequenceFlow id="SequenceFlow_RematchYes" name="ja" sourceRef="Gateway_Rematch" targetRef="EndEvent_RematchRequested">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${activeOutcome == 'REMATCH'}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="SequenceFlow_RematchNo" name="nee, afsluiten" sourceRef="Gateway_Rematch" targetRef="EndEvent_TrajectoryClosed">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${activeOutcome == 'CLOSE'}</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
  </bpmn:process>
  <bpmn:message id="Message_DuoConcernRaised" name="DuoConcernRaised" />
  <bpmn:message id="Message_DuoEndRequested" name="DuoEndRequested" />
'''

T = (100, 80)
def task(id, x, y):
    return shape(id, x, y, 100, 80)
def event(id, cx, cy, label_w=90, label_h=27, above=False, lx=None, ly=None):
    x, y = cx - 18, cy - 18
    if lx is None:
        lx = cx - label_w // 2
    if ly is None:
        ly = cy - 18 - label_h - 5 if above else cy + 23
    return shape(id, x, y, 36, 36, (lx, ly, label_w, label_h))
def gateway(id, cx, cy, label=None, marker=True):
    return shape(id, cx - 25, cy - 25, 50, 50, label, marker=marker)

items = [
    event('StartEvent_ActiveStarted', 170, 430, 70, 14),
    task('ServiceTask_PlanTrajectory', 230, 390),
    shape('SubProcess_ActiveTrajectory', 380, 60, 1300, 720, expanded=True),
    event('StartEvent_TrajectoryRunning', 430, 430, 60, 14),
    gateway('Gateway_SplitActivities', 505, 430, marker=False),
    gateway('Gateway_JoinMeetingCycle', 585, 170),
    shape('SubProcess_MeetingCycle', 640, 100, 760, 250, expanded=True),
    event('StartEvent_MeetingCycleStarted', 690, 170, 80, 27),
    task('UserTask_LogMeeting', 750, 130),
    task('ServiceTask_RecordMeeting', 900, 130),
    event('EndEvent_MeetingLogged', 1070, 170, 90, 14),
    event('BoundaryEvent_NoMeetingLogged', 800, 210, 80, 27, lx=712, ly=232),
    task('ServiceTask_RemindVolunteer', 850, 250),
    event('IntermediateCatchEvent_StillNoMeetingLogged', 1020, 290, 80, 27),
    task('UserTask_FollowUpMissingLog', 1080, 250),
    event('EndEvent_MissingLogFollowedUp', 1250, 290, 60, 14),
    gateway('Gateway_JoinCheckIn', 585, 430),
    task('ServiceTask_PlanCheckIn', 640, 390),
    gateway('Gateway_MoreCheckIns', 815, 430, (770, 376, 90, 27)),
    event('IntermediateCatchEvent_CheckInDue', 900, 430, 80, 14),
    task('UserTask_CheckIn', 960, 390),
    event('EndEvent_CheckInsDone', 900, 540, 90, 14),
    event('IntermediateCatchEvent_Midpoint', 580, 680, 80, 27),
    gateway('Gateway_SplitEvaluation', 665, 680, marker=False),
    task('UserTask_EvaluateMidpointVolunteer', 730, 590),
    task('ServiceTask_RecordVolunteerRating', 880, 590),
    task('UserTask_EvaluateMidpointNewcomer', 730, 690),
    task('ServiceTask_RecordNewcomerRating', 880, 690),
    gateway('Gateway_JoinEvaluation', 1055, 680, marker=False),
    event('EndEvent_MidpointEvaluated', 1130, 680, 80, 27),
    event('BoundaryEvent_TrajectoryEnds', 1680, 230, 80, 27, lx=1690, ly=252),
    task('ServiceTask_CompleteDuo', 1780, 190),
    event('EndEvent_TrajectoryCompleted', 1950, 230, 80, 14),
    event('BoundaryEvent_DuoEndRequested', 1680, 520, 80, 27, lx=1690, ly=542),
    task('UserTask_AssessDuoEnd', 1780, 480),
    task('ServiceTask_EndDuoEarly', 1930, 480),
    gateway('Gateway_Rematch', 2105, 520, (2065, 463, 80, 27)),
    event('EndEvent_RematchRequested', 2200, 520, 80, 27),
    event('EndEvent_TrajectoryClosed', 2200, 620, 90, 14),
    shape('SubProcess_Concern', 380, 830, 440, 170, expanded=True),
    event('StartEvent_ConcernRaised', 438, 915, 70, 14),
    task('UserTask_FollowUpConcern', 520, 875),
    event('EndEvent_ConcernFollowedUp', 710, 915, 80, 14),

    edge('SequenceFlow_ToPlanTrajectory', [(188, 430), (230, 430)]),
    edge('SequenceFlow_ToActiveTrajectory', [(330, 430), (380, 430)]),
    edge('SequenceFlow_ToSplitActivities', [(448, 430), (480, 430)]),
    edge('SequenceFlow_ToMeetingLog', [(505, 405), (505, 170), (560, 170)]),
    edge('SequenceFlow_ToMeetingCycle', [(610, 170), (640, 170)]),
    edge('SequenceFlow_NextMeetingCycle', [(1400, 225), (1440, 225), (1440, 80), (585, 80), (585, 145)]),
    edge('SequenceFlow_ToLogMeeting', [(708, 170), (750, 170)]),
    edge('SequenceFlow_ToRecordMeeting', [(850, 170), (900, 170)]),
    edge('SequenceFlow_ToMeetingLogged', [(1000, 170), (1052, 170)]),
    edge('SequenceFlow_NoMeetingLogged', [(800, 228), (800, 290), (850, 290)]),
    edge('SequenceFlow_ToStillNoMeetingLogged', [(950, 290), (1002, 290)]),
    edge('SequenceFlow_ToFollowUpMissingLog', [(1038, 290), (1080, 290)]),
    edge('SequenceFlow_ToMissingLogFollowedUp', [(1180, 290), (1232, 290)]),
    edge('SequenceFlow_ToCheckIns', [(530, 430), (560, 430)]),
    edge('SequenceFlow_ToPlanCheckIn', [(610, 430), (640, 430)]),
    edge('SequenceFlow_ToMoreCheckIns', [(740, 430), (790, 430)]),
    edge('SequenceFlow_MoreCheckInsYes', [(840, 430), (882, 430)], (848, 412, 12, 14)),
    edge('SequenceFlow_MoreCheckInsNo', [(815, 455), (815, 540), (882, 540)], (822, 500, 18, 14)),
    edge('SequenceFlow_ToCheckIn', [(918, 430), (960, 430)]),
    edge('SequenceFlow_CheckInDone', [(1010, 390), (1010, 368), (585, 368), (585, 405)]),
    edge('SequenceFlow_ToMidpoint', [(505, 455), (505, 680), (562, 680)]),
    edge('SequenceFlow_ToSplitEvaluation', [(598, 680), (640, 680)]),
    edge('SequenceFlow_ToEvaluateVolunteer', [(665, 655), (665, 630), (730, 630)]),
    edge('SequenceFlow_ToEvaluateNewcomer', [(665, 705), (665, 730), (730, 730)]),
    edge('SequenceFlow_ToRecordVolunteerRating', [(830, 630), (880, 630)]),
    edge('SequenceFlow_ToRecordNewcomerRating', [(830, 730), (880, 730)]),
    edge('SequenceFlow_VolunteerRatingRecorded', [(980, 630), (1055, 630), (1055, 655)]),
    edge('SequenceFlow_NewcomerRatingRecorded', [(980, 730), (1055, 730), (1055, 705)]),
    edge('SequenceFlow_ToMidpointEvaluated', [(1080, 680), (1112, 680)]),
    edge('SequenceFlow_TrajectoryEnded', [(1698, 230), (1780, 230)]),
    edge('SequenceFlow_ToTrajectoryCompleted', [(1880, 230), (1932, 230)]),
    edge('SequenceFlow_EndRequested', [(1698, 520), (1780, 520)]),
    edge('SequenceFlow_ToEndDuoEarly', [(1880, 520), (1930, 520)]),
    edge('SequenceFlow_ToRematch', [(2030, 520), (2080, 520)]),
    edge('SequenceFlow_RematchYes', [(2130, 520), (2182, 520)], (2148, 502, 12, 14)),
    edge('SequenceFlow_RematchNo', [(2105, 545), (2105, 620), (2182, 620)], (2112, 580, 66, 14)),
    edge('SequenceFlow_ToFollowUpConcern', [(456, 915), (520, 915)]),
    edge('SequenceFlow_ToConcernFollowedUp', [(620, 915), (692, 915)]),
]

with open('bpmn/trajectory-active.bpmn', 'w') as f:
    f.write(HEAD + PROCESS + diagram('TrajectoryActive', 'trajectory-active', items) + '</bpmn:definitions>\n')
