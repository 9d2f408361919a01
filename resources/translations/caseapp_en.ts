<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/case_view.py" line="283"/>
        <source>Assign to</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="285"/>
        <location filename="../../ui/case_view.py" line="289"/>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="296"/>
        <source>Days (at most %1)</source>
        <translation>Days (at most %1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="298"/>
        <source>Asked for %1 days: %2</source>
        <translation>Asked for %1 days: %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="307"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="308"/>
        <source>Decision text</source>
        <translation>Decision text</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="310"/>
        <location filename="../../ui/case_view.py" line="313"/>
        <source>Receiving office</source>
        <translation>Receiving office</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="316"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="318"/>
        <source>Note for the receiving office</source>
        <translation>Note for the receiving office</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="319"/>
        <source>The cover letter is made next, for printing.</source>
        <translation>The cover letter is made next, for printing.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="327"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="327"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="356"/>
        <source>Choose from the list.</source>
        <translation>Choose from the list.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="27"/>
        <source>Demo data made: %1 cases.</source>
        <translation>Demo data made: %1 cases.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="48"/>
        <source>This database is open read-only (the file, its folder or the disk may not be written): you can sign in and look, but nothing can be changed.</source>
        <translation>This database is open read-only (the file, its folder or the disk may not be written): you can sign in and look, but nothing can be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="53"/>
        <source>⚠ This database is older than the last change made at this workstation (change %1 of %2): it was restored from a backup or lost its last changes. New case numbers continue after the ones already handed out. Tell your IT staff before this workstation syncs.</source>
        <translation>⚠ This database is older than the last change made at this workstation (change %1 of %2): it was restored from a backup or lost its last changes. New case numbers continue after the ones already handed out. Tell your IT staff before this workstation syncs.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="90"/>
        <source>Backup made: %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="95"/>
        <source>The daily backup failed: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="143"/>
        <source>This workstation (%1) joined the office %2 and holds its cases. Sign in with your user name and password as at the office&apos;s other computers.</source>
        <translation>This workstation (%1) joined the office %2 and holds its cases. Sign in with your user name and password as at the office&apos;s other computers.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="149"/>
        <source>%1, workstation %2 is set up. Sign in as the administrator %3 and add the office&apos;s users (menu: Users and roles).</source>
        <translation>%1, workstation %2 is set up. Sign in as the administrator %3 and add the office&apos;s users (menu: Users and roles).</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="161"/>
        <source>First start</source>
        <translation>First start</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="162"/>
        <source>Preparing demo data for the first start…</source>
        <translation>Preparing demo data for the first start…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="163"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BulkAssignDialog</name>
    <message>
        <location filename="../../ui/assign_dialog.py" line="45"/>
        <location filename="../../ui/assign_dialog.py" line="71"/>
        <source>Assign cases</source>
        <translation>Assign cases</translation>
    </message>
    <message>
        <location filename="../../ui/assign_dialog.py" line="52"/>
        <source>%1 selected cases: %2</source>
        <translation>%1 selected cases: %2</translation>
    </message>
    <message>
        <location filename="../../ui/assign_dialog.py" line="55"/>
        <source>Assign to</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <location filename="../../ui/assign_dialog.py" line="57"/>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../ui/assign_dialog.py" line="57"/>
        <location filename="../../ui/assign_dialog.py" line="72"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/assign_dialog.py" line="67"/>
        <source>Choose a colleague.</source>
        <translation>Choose a colleague.</translation>
    </message>
    <message>
        <location filename="../../ui/assign_dialog.py" line="71"/>
        <source>Assigning cases…</source>
        <translation>Assigning cases…</translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <location filename="../../ui/calendar_editor.py" line="36"/>
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="37"/>
        <source>Decreed day off</source>
        <translation>Decreed day off</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="38"/>
        <source>Decreed working day</source>
        <translation>Decreed working day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="77"/>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="98"/>
        <source>Public holidays are bold, decreed days off bold and underlined, decreed working days italic and underlined. Saturdays and Sundays are not working days.</source>
        <translation>Public holidays are bold, decreed days off bold and underlined, decreed working days italic and underlined. Saturdays and Sundays are not working days.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="105"/>
        <source>For example: Government resolution No. 123</source>
        <translation>For example: Government resolution No. 123</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="107"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="109"/>
        <source>Mark as &amp;day off</source>
        <translation>Mark as &amp;day off</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="112"/>
        <source>Mark as &amp;working day</source>
        <translation>Mark as &amp;working day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="115"/>
        <source>&amp;Clear decreed change</source>
        <translation>&amp;Clear decreed change</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="186"/>
        <source>Special days in %1</source>
        <translation>Special days in %1</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="200"/>
        <source>No holidays or decreed changes this month.</source>
        <translation>No holidays or decreed changes this month.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="213"/>
        <source>Weekend (not a working day)</source>
        <translation>Weekend (not a working day)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="214"/>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_editor.py" line="276"/>
        <source>Saved: %1. Open cases&apos; due dates were recalculated.</source>
        <translation>Saved: %1. Open cases&apos; due dates were recalculated.</translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <location filename="../../ui/intake.py" line="351"/>
        <source>Is this the same person?</source>
        <translation>Is this the same person?</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="355"/>
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="355"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="356"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="356"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="356"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="357"/>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="361"/>
        <source>What was typed</source>
        <translation>What was typed</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="363"/>
        <source>Typed</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="377"/>
        <source>Use the selected record</source>
        <translation>Use the selected record</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="380"/>
        <source>Register as a new person</source>
        <translation>Register as a new person</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="388"/>
        <source>Records that may be this applicant are already registered.</source>
        <translation>Records that may be this applicant are already registered.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_table.py" line="171"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="171"/>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="171"/>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="171"/>
        <source>Register no.</source>
        <translation>Register no.</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="172"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="172"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="172"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="172"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="214"/>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../ui/case_table.py" line="216"/>
        <source>%1 due soon</source>
        <translation>%1 due soon</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="44"/>
        <source>&amp;Start work</source>
        <translation>&amp;Start work</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="45"/>
        <source>&amp;Wait for citizen…</source>
        <translation>&amp;Wait for citizen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="46"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="47"/>
        <source>&amp;Decide…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="48"/>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="49"/>
        <source>Ask for e&amp;xtension…</source>
        <translation>Ask for e&amp;xtension…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="52"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="53"/>
        <source>Change ser&amp;vice…</source>
        <translation>Change ser&amp;vice…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="54"/>
        <source>Withdrawn by citi&amp;zen…</source>
        <translation>Withdrawn by citi&amp;zen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="55"/>
        <source>Reo&amp;pen…</source>
        <translation>Reo&amp;pen…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="58"/>
        <source>Accept the trans&amp;fer</source>
        <translation>Accept the trans&amp;fer</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="66"/>
        <location filename="../../ui/case_view.py" line="451"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="67"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="68"/>
        <source>Work started</source>
        <translation>Work started</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="69"/>
        <source>Waiting for citizen</source>
        <translation>Waiting for citizen</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="70"/>
        <source>Resumed</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="71"/>
        <source>Deadline extended</source>
        <translation>Deadline extended</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="72"/>
        <source>Extension asked for</source>
        <translation>Extension asked for</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="73"/>
        <source>Extension declined</source>
        <translation>Extension declined</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="74"/>
        <source>Service changed</source>
        <translation>Service changed</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="75"/>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="76"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="77"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="78"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="79"/>
        <source>Transfer offered</source>
        <translation>Transfer offered</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="80"/>
        <source>Transfer accepted</source>
        <translation>Transfer accepted</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="81"/>
        <source>Transfer returned</source>
        <translation>Transfer returned</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="82"/>
        <source>Transfer offer withdrawn</source>
        <translation>Transfer offer withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="83"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="84"/>
        <source>Document issued</source>
        <translation>Document issued</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="85"/>
        <source>Conflict resolved</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="86"/>
        <source>Refused change set aside</source>
        <translation>Refused change set aside</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="92"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="93"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="94"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="109"/>
        <location filename="../../ui/case_view.py" line="685"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="118"/>
        <source>made again</source>
        <translation>made again</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="231"/>
        <source>Withdrawn on %1</source>
        <translation>Withdrawn on %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="232"/>
        <source>Finished on %1</source>
        <translation>Finished on %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="236"/>
        <source>Decided on %1, %2 days after the due date</source>
        <translation>Decided on %1, %2 days after the due date</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="237"/>
        <source>Decided on %1, on time</source>
        <translation>Decided on %1, on time</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="241"/>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="254"/>
        <source>⚠ %1 days overdue (due %2)</source>
        <translation>⚠ %1 days overdue (due %2)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="257"/>
        <source>⚠ Due today (%1)</source>
        <translation>⚠ Due today (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="258"/>
        <source>%1 days left (due %2)</source>
        <translation>%1 days left (due %2)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="429"/>
        <location filename="../../ui/case_view.py" line="652"/>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="436"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="445"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="450"/>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="450"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="451"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="452"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="452"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="453"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="453"/>
        <source>Paused time</source>
        <translation>Paused time</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="454"/>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="454"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="466"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="471"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="482"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="486"/>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="487"/>
        <source>Write a note for colleagues (Ctrl+Enter adds it)</source>
        <translation>Write a note for colleagues (Ctrl+Enter adds it)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="490"/>
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="506"/>
        <source>The citizen&apos;s other cases</source>
        <translation>The citizen&apos;s other cases</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="517"/>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="518"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="519"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="520"/>
        <source>Citizen&apos;s other &amp;cases</source>
        <translation>Citizen&apos;s other &amp;cases</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="524"/>
        <source>Documents issued</source>
        <translation>Documents issued</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="525"/>
        <source>Reprint the selected document a&amp;gain</source>
        <translation>Reprint the selected document a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="531"/>
        <source>Issued docu&amp;ments</source>
        <translation>Issued docu&amp;ments</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="534"/>
        <source>Receipt (A5)</source>
        <translation>Receipt (A5)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="534"/>
        <source>Receipt (80 mm roll)</source>
        <translation>Receipt (80 mm roll)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="535"/>
        <source>Response letter</source>
        <translation>Response letter</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="535"/>
        <source>Extension notice</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="536"/>
        <source>Transfer letter…</source>
        <translation>Transfer letter…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="536"/>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="558"/>
        <source>New case for t&amp;his citizen</source>
        <translation>New case for t&amp;his citizen</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="560"/>
        <source>Ctrl+Shift+N: the intake with this citizen filled in</source>
        <translation>Ctrl+Shift+N: the intake with this citizen filled in</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="566"/>
        <source>&amp;Both sides: resolve the conflict…</source>
        <translation>&amp;Both sides: resolve the conflict…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="589"/>
        <source>This case was just changed at another workstation: it is shown as it is now.</source>
        <translation>This case was just changed at another workstation: it is shown as it is now.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="653"/>
        <source> — ⚠ conflicting changes, a manager must look</source>
        <translation> — ⚠ conflicting changes, a manager must look</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="658"/>
        <source> — offered to %1 since %2</source>
        <translation> — offered to %1 since %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="659"/>
        <source> — offered to your office by %1 since %2</source>
        <translation> — offered to your office by %1 since %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="664"/>
        <source> — held by %1</source>
        <translation> — held by %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="666"/>
        <source> — taken over from %1</source>
        <translation> — taken over from %1</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="683"/>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="686"/>
        <source>%1 of %2 days used</source>
        <translation>%1 of %2 days used</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="693"/>
        <source>%1 more days asked for: %2</source>
        <translation>%1 more days asked for: %2</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="707"/>
        <source>Citizen&apos;s other &amp;cases (%1)</source>
        <translation>Citizen&apos;s other &amp;cases (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="122"/>
        <location filename="../../ui/case_view.py" line="723"/>
        <source>reprint</source>
        <translation>reprint</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="50"/>
        <source>&amp;Extend…</source>
        <translation>&amp;Extend…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="51"/>
        <source>Decl&amp;ine extension…</source>
        <translation>Decl&amp;ine extension…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="56"/>
        <source>Trans&amp;fer to another office…</source>
        <translation>Trans&amp;fer to another office…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="57"/>
        <source>With&amp;draw the offer…</source>
        <translation>With&amp;draw the offer…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="59"/>
        <source>&amp;Return the transfer…</source>
        <translation>&amp;Return the transfer…</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="245"/>
        <source>‖ Waiting for the citizen since %1 (%2 days); if resumed today, due %3</source>
        <translation>‖ Waiting for the citizen since %1 (%2 days); if resumed today, due %3</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="541"/>
        <source>Doc&amp;uments</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="820"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="115"/>
        <source>Service catalogue</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="120"/>
        <source>Part of the code or the name</source>
        <translation>Part of the code or the name</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="122"/>
        <source>F&amp;ind</source>
        <translation>F&amp;ind</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="159"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="168"/>
        <source>Continues on the same clock</source>
        <translation>Continues on the same clock</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="169"/>
        <source>Restarts from the day it is accepted</source>
        <translation>Restarts from the day it is accepted</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="171"/>
        <source>&amp;Active (offered at the counter)</source>
        <translation>&amp;Active (offered at the counter)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="173"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="181"/>
        <source>Changes apply to new cases only: cases already registered keep the clock and due date they were registered with.</source>
        <translation>Changes apply to new cases only: cases already registered keep the clock and due date they were registered with.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="194"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="195"/>
        <source>Name (&amp;Mongolian)</source>
        <translation>Name (&amp;Mongolian)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="195"/>
        <source>Name (&amp;English)</source>
        <translation>Name (&amp;English)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="196"/>
        <source>C&amp;lock</source>
        <translation>C&amp;lock</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="196"/>
        <source>&amp;Target</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="197"/>
        <source>Maximum e&amp;xtension</source>
        <translation>Maximum e&amp;xtension</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="198"/>
        <source>&amp;Fee</source>
        <translation>&amp;Fee</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="199"/>
        <source>Deadline of a case taken &amp;over</source>
        <translation>Deadline of a case taken &amp;over</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="299"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="312"/>
        <source>Saved %1. New cases of this service follow the new rules; cases already registered keep theirs.</source>
        <translation>Saved %1. New cases of this service follow the new rules; cases already registered keep theirs.</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="28"/>
        <source>Calendar days</source>
        <translation>Calendar days</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="29"/>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="66"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="66"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="84"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="84"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="84"/>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="84"/>
        <source>Target days</source>
        <translation>Target days</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="85"/>
        <source>Max. extension</source>
        <translation>Max. extension</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="85"/>
        <source>Fee (MNT)</source>
        <translation>Fee (MNT)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue_screen.py" line="85"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_view.py" line="73"/>
        <source>Conflicts of case %1</source>
        <translation>Conflicts of case %1</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="84"/>
        <location filename="../../ui/conflict_view.py" line="85"/>
        <location filename="../../ui/conflict_view.py" line="93"/>
        <source>Why (recorded with the resolution)</source>
        <translation>Why (recorded with the resolution)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="89"/>
        <source>To enter another value, keep one side, then change it with the case&apos;s own actions.</source>
        <translation>To enter another value, keep one side, then change it with the case&apos;s own actions.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="112"/>
        <source>No open conflicts: resolved already.</source>
        <translation>No open conflicts: resolved already.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="122"/>
        <source>The value shown now</source>
        <translation>The value shown now</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="123"/>
        <source>The other side</source>
        <translation>The other side</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="126"/>
        <source>(nothing: the case as it was)</source>
        <translation>(nothing: the case as it was)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="134"/>
        <source>&amp;Keep the value shown</source>
        <translation>&amp;Keep the value shown</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="137"/>
        <source>Take the &amp;other side</source>
        <translation>Take the &amp;other side</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="141"/>
        <source>This change cannot be repeated with one click: keep a side, then use the case&apos;s actions.</source>
        <translation>This change cannot be repeated with one click: keep a side, then use the case&apos;s actions.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/conflict_view.py" line="21"/>
        <source>Changed at two workstations at once, neither seeing the other</source>
        <translation>Changed at two workstations at once, neither seeing the other</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="23"/>
        <source>Done by an office that did not hold the case at that moment</source>
        <translation>Done by an office that did not hold the case at that moment</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="25"/>
        <source>Came too late: the case had already moved on</source>
        <translation>Came too late: the case had already moved on</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="31"/>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="32"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="33"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="34"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="35"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="36"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="37"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="38"/>
        <source>Receiving office</source>
        <translation>Receiving office</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="39"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_view.py" line="59"/>
        <source>%1 at %2 (%3), %4</source>
        <translation>%1 at %2 (%3), %4</translation>
    </message>
</context>
<context>
    <name>DocumentReadyDialog</name>
    <message>
        <location filename="../../ui/document_dialog.py" line="36"/>
        <source>%1 is ready.</source>
        <translation>%1 is ready.</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="36"/>
        <source>%1 for case %2 is ready.</source>
        <translation>%1 for case %2 is ready.</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="44"/>
        <location filename="../../ui/document_dialog.py" line="48"/>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="53"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="56"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="58"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="84"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="96"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ui/document_dialog.py" line="17"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="18"/>
        <source>Response letter</source>
        <translation>Response letter</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="19"/>
        <source>Extension notice</source>
        <translation>Extension notice</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="20"/>
        <source>Transfer letter</source>
        <translation>Transfer letter</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="21"/>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <location filename="../../ui/document_dialog.py" line="24"/>
        <source>%1 (80 mm roll)</source>
        <translation>%1 (80 mm roll)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>Please check the form</source>
        <translation>Please check the form</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="22"/>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Cannot do this now</source>
        <translation>Cannot do this now</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>Sync problem</source>
        <translation>Sync problem</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Something went wrong that the program did not expect. Nothing you saved is lost. Please tell your IT staff: %1</source>
        <translation>Something went wrong that the program did not expect. Nothing you saved is lost. Please tell your IT staff: %1</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/setup_wizard.py" line="34"/>
        <source>First start</source>
        <translation>First start</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="37"/>
        <source>This workstation has no data yet. Set it up for your office, or try the program with demo data first. IT staff can also set up a workstation from the command line with “caseapp init”.</source>
        <translation>This workstation has no data yet. Set it up for your office, or try the program with demo data first. IT staff can also set up a workstation from the command line with “caseapp init”.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="43"/>
        <location filename="../../ui/setup_wizard.py" line="119"/>
        <source>Set up this office</source>
        <translation>Set up this office</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="47"/>
        <source>Type part of the name or code</source>
        <translation>Type part of the name or code</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="67"/>
        <source>Each computer of the office gets its own number (1 for the first).</source>
        <translation>Each computer of the office gets its own number (1 for the first).</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="78"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="80"/>
        <source>Workstation number</source>
        <translation>Workstation number</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="81"/>
        <source>Administrator&apos;s user name</source>
        <translation>Administrator&apos;s user name</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="82"/>
        <source>Administrator&apos;s full name</source>
        <translation>Administrator&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="83"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="84"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="90"/>
        <source>Join an existing office</source>
        <translation>Join an existing office</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="92"/>
        <source>Another computer of the office already works with the central server: ask your IT staff for the server&apos;s address and a one-time code (caseapp central enroll-code). This workstation then gets the office&apos;s cases and users.</source>
        <translation>Another computer of the office already works with the central server: ask your IT staff for the server&apos;s address and a one-time code (caseapp central enroll-code). This workstation then gets the office&apos;s cases and users.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="101"/>
        <source>12 letters and digits</source>
        <translation>12 letters and digits</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="102"/>
        <source>&amp;Join the office</source>
        <translation>&amp;Join the office</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="108"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="114"/>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="123"/>
        <source>Try it with demo data</source>
        <translation>Try it with demo data</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="127"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="202"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_wizard.py" line="232"/>
        <source>Type the server&apos;s address and the one-time code.</source>
        <translation>Type the server&apos;s address and the one-time code.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ui/intake.py" line="42"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="50"/>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="50"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="51"/>
        <source>Foreign resident</source>
        <translation>Foreign resident</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="75"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="72"/>
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="73"/>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="74"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="75"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="76"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="57"/>
        <location filename="../../ui/intake.py" line="76"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="77"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="78"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="79"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="89"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="91"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="92"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="93"/>
        <source>Save and print receipt (Ctrl+P)</source>
        <translation>Save and print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="200"/>
        <source>Citizens served lately</source>
        <translation>Citizens served lately</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="203"/>
        <source>Down arrow: the citizens served lately</source>
        <translation>Down arrow: the citizens served lately</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="268"/>
        <source>Born %1</source>
        <translation>Born %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="271"/>
        <source>Known citizen: %1 %2, open cases: %3</source>
        <translation>Known citizen: %1 %2, open cases: %3</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="29"/>
        <source>Letterhead</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="34"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="35"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="35"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="36"/>
        <source>Signatory&apos;s title</source>
        <translation>Signatory&apos;s title</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="37"/>
        <source>Signatory&apos;s name</source>
        <translation>Signatory&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="42"/>
        <location filename="../../ui/letterhead_dialog.py" line="86"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="45"/>
        <source>Choose a PNG logo…</source>
        <translation>Choose a PNG logo…</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="48"/>
        <source>Remove the logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="54"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="56"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="56"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="63"/>
        <source>Only an administrator changes the letterhead.</source>
        <translation>Only an administrator changes the letterhead.</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="89"/>
        <source>Choose a PNG logo</source>
        <translation>Choose a PNG logo</translation>
    </message>
    <message>
        <location filename="../../ui/letterhead_dialog.py" line="89"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="25"/>
        <location filename="../../ui/login.py" line="39"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="28"/>
        <source>%1 — workstation %2</source>
        <translation>%1 — workstation %2</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="37"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="38"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="39"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="47"/>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="66"/>
        <source>Demo database. Demo users: %1 (password: %2).</source>
        <translation>Demo database. Demo users: %1 (password: %2).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Case management — %1</source>
        <translation>Case management — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Register number, case number or name…</source>
        <translation>Register number, case number or name…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Change password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>New case for the same citizen…</source>
        <translation>New case for the same citizen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>The citizen of the case just registered, or of the selected case</source>
        <translation>The citizen of the case just registered, or of the selected case</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Print today&apos;s reminders…</source>
        <translation>Print today&apos;s reminders…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Assign selected cases…</source>
        <translation>Assign selected cases…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Excel report…</source>
        <translation>Excel report…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Working-day calendar…</source>
        <translation>Working-day calendar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Service catalogue…</source>
        <translation>Service catalogue…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <source>Users and roles…</source>
        <translation>Users and roles…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Letterhead…</source>
        <translation>Letterhead…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Office: %1 | Workstation: %2</source>
        <translation>Office: %1 | Workstation: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Office: %1 | Workstation: %2 | Waiting to sync: %3 | Database: %4</source>
        <translation>Office: %1 | Workstation: %2 | Waiting to sync: %3 | Database: %4</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>No reminders today.</source>
        <translation>No reminders today.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Reminders for today (%1 cases)</source>
        <translation>Reminders for today (%1 cases)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Select at most %1 cases to assign at once.</source>
        <translation>Select at most %1 cases to assign at once.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Some selected cases are still being read; try again in a moment.</source>
        <translation>Some selected cases are still being read; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Select the cases to assign first (Shift or Ctrl + click).</source>
        <translation>Select the cases to assign first (Shift or Ctrl + click).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>%1 cases assigned.</source>
        <translation>%1 cases assigned.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>%1 could not be: %2</source>
        <translation>%1 could not be: %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>Report written: %1 (%2 rows)</source>
        <translation>Report written: %1 (%2 rows)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428"/>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="453"/>
        <source>Select a case of the citizen first.</source>
        <translation>Select a case of the citizen first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="461"/>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>Registered %1 for %2, due %3.</source>
        <translation>Registered %1 for %2, due %3.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>Print the rece&amp;ipt</source>
        <translation>Print the rece&amp;ipt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>New case for this citizen (Ctrl+Shift+N)</source>
        <translation>New case for this citizen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="483"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <source>Re&amp;view sync problems…</source>
        <translation>Re&amp;view sync problems…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>My cases</source>
        <translation>My cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="530"/>
        <source>Office queue</source>
        <translation>Office queue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>Due within 3 working days</source>
        <translation>Due within 3 working days</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="532"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="532"/>
        <source>Waiting for citizen</source>
        <translation>Waiting for citizen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="533"/>
        <source>Extension requests</source>
        <translation>Extension requests</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="533"/>
        <source>Incoming transfers</source>
        <translation>Incoming transfers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="534"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>Recently closed</source>
        <translation>Recently closed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="534"/>
        <source>Outgoing transfers</source>
        <translation>Outgoing transfers</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="638"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OfficePicker</name>
    <message>
        <location filename="../../ui/case_view.py" line="388"/>
        <source>Transfer to</source>
        <translation>Transfer to</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="390"/>
        <source>Receiving office</source>
        <translation>Receiving office</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="395"/>
        <source>Make the letter</source>
        <translation>Make the letter</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="395"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="407"/>
        <source>Choose from the list.</source>
        <translation>Choose from the list.</translation>
    </message>
</context>
<context>
    <name>OtherCasesModel</name>
    <message>
        <location filename="../../ui/case_view.py" line="190"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="190"/>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="190"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="190"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="191"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/password.py" line="18"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="27"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="28"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="29"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="32"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="32"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/password.py" line="41"/>
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="37"/>
        <source>The printer could not be opened.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="105"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="107"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="47"/>
        <location filename="../../ui/report_dialog.py" line="165"/>
        <source>Excel report</source>
        <translation>Excel report</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="52"/>
        <source>Case register</source>
        <translation>Case register</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="53"/>
        <source>On time and late, by service and by channel</source>
        <translation>On time and late, by service and by channel</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="54"/>
        <source>Overdue and due-soon cases</source>
        <translation>Overdue and due-soon cases</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="55"/>
        <source>Workload per staff member</source>
        <translation>Workload per staff member</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="56"/>
        <source>Extensions and pauses</source>
        <translation>Extensions and pauses</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="57"/>
        <source>Transfers between offices</source>
        <translation>Transfers between offices</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="62"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="65"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="84"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="92"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="93"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="94"/>
        <source>Language of the workbook</source>
        <translation>Language of the workbook</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="83"/>
        <location filename="../../ui/report_dialog.py" line="95"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="96"/>
        <source>The register, the on-time statistics and the extensions cover the cases registered in the period; the overdue list and the open cases are as of today.</source>
        <translation>The register, the on-time statistics and the extensions cover the cases registered in the period; the overdue list and the open cases are as of today.</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="104"/>
        <source>Open the file</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="111"/>
        <source>Make the report</source>
        <translation>Make the report</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="112"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="140"/>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="141"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="165"/>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="166"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="175"/>
        <source>The report is ready: %1 rows written to %2</source>
        <translation>The report is ready: %1 rows written to %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="39"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <location filename="../../ui/settings_dialog.py" line="159"/>
        <source>Documents folder</source>
        <translation>Documents folder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45"/>
        <source>Receipts, letters and reports are saved here unless you choose another place. Empty: %1</source>
        <translation>Receipts, letters and reports are saved here unless you choose another place. Empty: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Lock the screen after idle</source>
        <translation>Lock the screen after idle</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="62"/>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>These settings belong to this workstation. Only an administrator changes the lock time of a shared counter PC.</source>
        <translation>These settings belong to this workstation. Only an administrator changes the lock time of a shared counter PC.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80"/>
        <source>Central server</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93"/>
        <source>Co&amp;nnect to the central server</source>
        <translation>Co&amp;nnect to the central server</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="102"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>Syncs with %1 (office %2). Waiting to send: %3; refused: %4.</source>
        <translation>Syncs with %1 (office %2). Waiting to send: %3; refused: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="124"/>
        <source>Not connected: this workstation works on its own. Ask your IT staff for the server&apos;s address and a one-time code.</source>
        <translation>Not connected: this workstation works on its own. Ask your IT staff for the server&apos;s address and a one-time code.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>⚠ none yet: tell your IT staff (caseapp backup)</source>
        <translation>⚠ none yet: tell your IT staff (caseapp backup)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>⚠ %1: older than a week, tell your IT staff</source>
        <translation>⚠ %1: older than a week, tell your IT staff</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="235"/>
        <source>Changes refused by the server: %1</source>
        <translation>Changes refused by the server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="238"/>
        <source>User names given twice: %1</source>
        <translation>User names given twice: %1</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="76"/>
        <source>Sync problems</source>
        <translation>Sync problems</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="79"/>
        <location filename="../../ui/sync_problems_dialog.py" line="82"/>
        <source>Changes the central server refused</source>
        <translation>Changes the central server refused</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="80"/>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="80"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="80"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="81"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="81"/>
        <source>The server&apos;s reason</source>
        <translation>The server&apos;s reason</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="83"/>
        <source>Send &amp;again</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="85"/>
        <source>After the cause is fixed: the same change is made again in your name and checked as any change is</source>
        <translation>After the cause is fixed: the same change is made again in your name and checked as any change is</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="87"/>
        <source>&amp;Discard with reason…</source>
        <translation>&amp;Discard with reason…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="100"/>
        <location filename="../../ui/sync_problems_dialog.py" line="103"/>
        <source>User names given to two accounts</source>
        <translation>User names given to two accounts</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="101"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="101"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="101"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="102"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="104"/>
        <source>Re&amp;name this account…</source>
        <translation>Re&amp;name this account…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="108"/>
        <source>Nobody signs in under a name given twice until one of the accounts is renamed.</source>
        <translation>Nobody signs in under a name given twice until one of the accounts is renamed.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="194"/>
        <source>Made again: it goes to the server at the next sync.</source>
        <translation>Made again: it goes to the server at the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="214"/>
        <source>Discard a refused change</source>
        <translation>Discard a refused change</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="214"/>
        <source>Why (recorded with the discard):</source>
        <translation>Why (recorded with the discard):</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="216"/>
        <source>Discarded: the reason is kept in the case&apos;s history.</source>
        <translation>Discarded: the reason is kept in the case&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="224"/>
        <source>Rename an account</source>
        <translation>Rename an account</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="224"/>
        <source>New user name for %1:</source>
        <translation>New user name for %1:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_problems_dialog.py" line="227"/>
        <source>Renamed: tell the person their new user name (the password stays).</source>
        <translation>Renamed: tell the person their new user name (the password stays).</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../ui/sync_bar.py" line="127"/>
        <source>Sync: …</source>
        <translation>Sync: …</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="132"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="133"/>
        <source>F5: sync with the central server now</source>
        <translation>F5: sync with the central server now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="150"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="152"/>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="155"/>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="156"/>
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="158"/>
        <source>⚠ %1 refused</source>
        <translation>⚠ %1 refused</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="161"/>
        <source>⚠ this computer&apos;s clock is %1 min off</source>
        <translation>⚠ this computer&apos;s clock is %1 min off</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="168"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_bar.py" line="169"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/case_view.py" line="147"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="147"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="147"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="147"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/users_screen.py" line="38"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="39"/>
        <source>Wrong user name or password</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="40"/>
        <source>Refused: too many failures</source>
        <translation>Refused: too many failures</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="41"/>
        <source>Refused: account locked</source>
        <translation>Refused: account locked</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="42"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="107"/>
        <location filename="../../ui/users_screen.py" line="114"/>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="115"/>
        <location filename="../../ui/users_screen.py" line="147"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="117"/>
        <source>Sign-in log</source>
        <translation>Sign-in log</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="162"/>
        <source>Selected user</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="167"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="173"/>
        <location filename="../../ui/users_screen.py" line="336"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="178"/>
        <source>Set new password</source>
        <translation>Set new password</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="185"/>
        <location filename="../../ui/users_screen.py" line="255"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="186"/>
        <location filename="../../ui/users_screen.py" line="214"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="187"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="188"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="189"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="194"/>
        <location filename="../../ui/users_screen.py" line="204"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="198"/>
        <source>latin letters, digits, . _ -</source>
        <translation>latin letters, digits, . _ -</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="212"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="213"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="215"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="216"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="226"/>
        <source>Only an administrator can add users or change roles, passwords and locks.</source>
        <translation>Only an administrator can add users or change roles, passwords and locks.</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="255"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="255"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="256"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="262"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="336"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="373"/>
        <source>The role of %1 is now: %2.</source>
        <translation>The role of %1 is now: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="381"/>
        <source>%1 is locked and cannot sign in.</source>
        <translation>%1 is locked and cannot sign in.</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="382"/>
        <source>%1 is unlocked and can sign in again.</source>
        <translation>%1 is unlocked and can sign in again.</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="395"/>
        <source>The two new passwords are not the same.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="400"/>
        <source>%1 has a new password.</source>
        <translation>%1 has a new password.</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="412"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="420"/>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../ui/users_screen.py" line="29"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="31"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="32"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="85"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="85"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="85"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="85"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/users_screen.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../ui/widgets.py" line="113"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="193"/>
        <source>Discard what you typed?</source>
        <translation>Discard what you typed?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="194"/>
        <source>This form has text that is not saved. Close it and lose what you typed?</source>
        <translation>This form has text that is not saved. Close it and lose what you typed?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="198"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="200"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="213"/>
        <source>From a &amp;QR image…</source>
        <translation>From a &amp;QR image…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="221"/>
        <source>The QR image of the code</source>
        <translation>The QR image of the code</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="222"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
</context>
</TS>
