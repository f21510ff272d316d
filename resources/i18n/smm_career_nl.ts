<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AssessmentWizard</name>
    <message>
        <location filename="../../app/gui/wizard.py" line="197"/>
        <source>Your answers from {when} were recovered.</source>
        <translation>Je antwoorden van {when} zijn teruggezet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="233"/>
        <source>Language: {name}</source>
        <translation>Taal: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="235"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="236"/>
        <source>&amp;Answers</source>
        <translation>&amp;Antwoorden</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="237"/>
        <source>&amp;Save answers as…</source>
        <translation>Antwoorden &amp;opslaan als…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="238"/>
        <source>&amp;Open answers…</source>
        <translation>Antwoorden o&amp;penen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="239"/>
        <source>&amp;Compare with earlier answers…</source>
        <translation>&amp;Vergelijken met eerdere antwoorden…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="240"/>
        <source>S&amp;ources…</source>
        <translation>&amp;Bronnen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="241"/>
        <source>What the questions rest on: the source articles</source>
        <translation>Waar de vragen op berusten: de bronartikelen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="247"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="249"/>
        <source>Your answers are saved; you can continue later.</source>
        <translation>Je antwoorden zijn opgeslagen; je kunt later verdergaan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="292"/>
        <source>my-answers</source>
        <translation>mijn-antwoorden</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="298"/>
        <source>Save answers as</source>
        <translation>Antwoorden opslaan als</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="298"/>
        <location filename="../../app/gui/wizard.py" line="329"/>
        <source>Answer files (*.json)</source>
        <translation>Antwoordbestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="312"/>
        <source>The answers could not be saved as {path}: {reason}</source>
        <translation>De antwoorden konden niet worden opgeslagen als {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="329"/>
        <source>Compare with earlier answers</source>
        <translation>Vergelijken met eerdere antwoorden</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="374"/>
        <source>Close your results?</source>
        <translation>Je resultaat sluiten?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="374"/>
        <source>Leave the assessment?</source>
        <translation>De vragenlijst verlaten?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="376"/>
        <source>Your latest answers could not be saved: {reason}</source>
        <translation>Je laatste antwoorden konden niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="378"/>
        <source>Your answers are kept on this computer: choose “Continue a saved assessment” on the start page to go on later.</source>
        <translation>Je antwoorden blijven op deze computer opgeslagen: kies op de startpagina ‘Verder met een opgeslagen vragenlijst’ om later verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="382"/>
        <source>On a shared computer you can remove them instead. To keep a copy, use “Save answers as…” first.</source>
        <translation>Op een gedeelde computer kun je ze in plaats daarvan verwijderen. Wil je een kopie houden, kies dan eerst ‘Antwoorden opslaan als…’.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="384"/>
        <source>&amp;Remove my answers and close</source>
        <translation>Mijn antwoorden &amp;verwijderen en sluiten</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="388"/>
        <source>&amp;Leave</source>
        <translation>&amp;Verlaten</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="388"/>
        <source>C&amp;lose</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="391"/>
        <source>&amp;Stay</source>
        <translation>&amp;Blijven</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../app/gui/background.py" line="111"/>
        <source>Making the PDF…</source>
        <translation>De pdf wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../app/gui/counsellor/client_model.py" line="67"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_model.py" line="67"/>
        <source>Assessments</source>
        <translation>Vragenlijsten</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_model.py" line="67"/>
        <source>Last assessment</source>
        <translation>Laatste vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/client_model.py" line="67"/>
        <source>Next meeting</source>
        <translation>Volgende afspraak</translation>
    </message>
</context>
<context>
    <name>CounsellorMode</name>
    <message>
        <location filename="../../app/gui/counsellor/mode.py" line="82"/>
        <source>The client store cannot be opened: {reason}</source>
        <translation>De cliëntendatabase kan niet worden geopend: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/mode.py" line="96"/>
        <source>Passphrase for the client records:</source>
        <translation>Wachtwoordzin voor de cliëntgegevens:</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/mode.py" line="99"/>
        <source>Choose a passphrase for the client records (at least 8 characters). Without it no one can read them, so keep it safe and make a backup now and then.</source>
        <translation>Kies een wachtwoordzin voor de cliëntgegevens (minstens 8 tekens). Zonder kan niemand ze lezen, dus bewaar hem goed en maak af en toe een reservekopie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/mode.py" line="105"/>
        <source>Counsellor mode</source>
        <translation>Begeleidersmodus</translation>
    </message>
</context>
<context>
    <name>CounsellorView</name>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="226"/>
        <source>← Start page</source>
        <translation>← Startpagina</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="227"/>
        <source>Search by name, e-mail or phone…</source>
        <translation>Zoek op naam, e-mail of telefoon…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="230"/>
        <source>New client…</source>
        <translation>Nieuwe cliënt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="231"/>
        <source>Choose a client on the left, or add a new one.</source>
        <translation>Kies links een cliënt of voeg een nieuwe toe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="232"/>
        <source>New assessment</source>
        <translation>Nieuwe vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="233"/>
        <source>Continue selected</source>
        <translation>Verder met de gekozen vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="234"/>
        <source>Your ratings…</source>
        <translation>Jouw inschattingen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="235"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="532"/>
        <source>Progress report (PDF)…</source>
        <translation>Voortgangsrapport (pdf)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="236"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="466"/>
        <source>Export data (JSON)…</source>
        <translation>Gegevens exporteren (JSON)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="237"/>
        <source>Erase client…</source>
        <translation>Cliënt wissen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="238"/>
        <source>Assessments</source>
        <translation>Vragenlijsten</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="238"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="241"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="238"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="241"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="241"/>
        <source>Readiness</source>
        <translation>Klaar voor de doelrol</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="241"/>
        <source>Target role</source>
        <translation>Doelrol</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="266"/>
        <source>{shown} of %n client(s)</source>
        <translation>
            <numerusform>{shown} van %n cliënt</numerusform>
            <numerusform>{shown} van %n cliënten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="307"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="407"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="453"/>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="484"/>
        <source>Could not save: {reason}</source>
        <translation>Kon niet opslaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="329"/>
        <source>client since {date}</source>
        <translation>cliënt sinds {date}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="342"/>
        <source>unfinished</source>
        <translation>onvolledig</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="414"/>
        <source>Notes saved.</source>
        <translation>Notities opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="457"/>
        <source>Your ratings are saved beside the client&apos;s.</source>
        <translation>Jouw inschattingen zijn opgeslagen naast die van de cliënt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="486"/>
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="495"/>
        <source>Erase client</source>
        <translation>Cliënt wissen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="497"/>
        <source>Erase {name} and all %n assessment(s), notes and unfinished answers? Nothing about this client will be left on this computer. This cannot be undone.</source>
        <translation>
            <numerusform>{name} en %n vragenlijst, notities en onafgemaakte antwoorden wissen? Er blijft niets over deze cliënt op deze computer achter. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>{name} en alle %n vragenlijsten, notities en onafgemaakte antwoorden wissen? Er blijft niets over deze cliënt op deze computer achter. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="522"/>
        <source>{name} was erased.</source>
        <translation>{name} is gewist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="532"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="560"/>
        <source>Wrote {path}</source>
        <translation>{path} geschreven</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../app/gui/export.py" line="56"/>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="57"/>
        <source>Making the PDF</source>
        <translation>De pdf wordt gemaakt</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="60"/>
        <source>development-plan</source>
        <translation>ontwikkelplan</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="66"/>
        <location filename="../../app/gui/export.py" line="127"/>
        <source>Save PDF</source>
        <translation>Pdf opslaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="66"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="101"/>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="103"/>
        <source>PDF saved</source>
        <translation>Pdf opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="104"/>
        <source>The development plan was saved as
{path}

Open it now?</source>
        <translation>Het ontwikkelplan is opgeslagen als
{path}

Nu openen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="117"/>
        <source>No PDF was made.</source>
        <translation>Er is geen pdf gemaakt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="119"/>
        <source>A PDF cannot be made on this computer yet. Your answers are saved.

{hint}</source>
        <translation>Op deze computer kan nog geen pdf worden gemaakt. Je antwoorden zijn opgeslagen.

{hint}</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="122"/>
        <source>The PDF could not be made. Your answers are saved.

{reason}</source>
        <translation>De pdf kon niet worden gemaakt. Je antwoorden zijn opgeslagen.

{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main.py" line="115"/>
        <source>Your answers cannot be saved in {folder}: {reason}</source>
        <translation>Je antwoorden kunnen niet worden opgeslagen in {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="150"/>
        <source>Answers to questions no longer asked were left out: {ids}</source>
        <translation>Antwoorden op vragen die niet meer gesteld worden, zijn weggelaten: {ids}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="156"/>
        <source>Open answers</source>
        <translation>Antwoorden openen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="156"/>
        <location filename="../../app/gui/main.py" line="245"/>
        <source>Answer files (*.json)</source>
        <translation>Antwoordbestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="176"/>
        <source>Your answers were saved as {path}</source>
        <translation>Je antwoorden zijn opgeslagen als {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="208"/>
        <source>Could not save your answers: {reason}</source>
        <translation>Je antwoorden konden niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="211"/>
        <source>Your answers stay in this window; saving is tried again.</source>
        <translation>Je antwoorden blijven in dit venster; opslaan wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="213"/>
        <source>All answers saved.</source>
        <translation>Alle antwoorden zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="243"/>
        <source>Save answers as</source>
        <translation>Antwoorden opslaan als</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="263"/>
        <source>Your latest answers could not be saved: {reason}</source>
        <translation>Je laatste antwoorden konden niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="264"/>
        <source>Save them in another place before closing?</source>
        <translation>Wil je ze op een andere plek opslaan voordat je sluit?</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="265"/>
        <source>Save elsewhere…</source>
        <translation>Ergens anders opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="266"/>
        <source>Close without saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="56"/>
        <source>New client</source>
        <translation>Nieuwe cliënt</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="66"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="67"/>
        <source>E-mail (optional)</source>
        <translation>E-mail (optioneel)</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/counsellor_view.py" line="68"/>
        <source>Phone (optional)</source>
        <translation>Telefoon (optioneel)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="86"/>
        <source>Session notes</source>
        <translation>Gespreksnotities</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="87"/>
        <source>Notes per gap</source>
        <translation>Notities per tekort</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="88"/>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="88"/>
        <source>Gap</source>
        <translation>Tekort</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="88"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="89"/>
        <source>Next meeting</source>
        <translation>Volgende afspraak</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="90"/>
        <source>Save notes</source>
        <translation>Notities opslaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="95"/>
        <source>This client has no assessment yet. Start one with “New assessment”.</source>
        <translation>Deze cliënt heeft nog geen vragenlijst. Begin er een met ‘Nieuwe vragenlijst’.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/notes_panel.py" line="98"/>
        <source>Notes for the assessment of {date}</source>
        <translation>Notities bij de vragenlijst van {date}</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="230"/>
        <source>{low}–{high} {unit}</source>
        <translation>{low}–{high} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="232"/>
        <source>(a decimal comma or point both work)</source>
        <translation>(een decimale komma of punt werkt allebei)</translation>
    </message>
</context>
<context>
    <name>ObserverDialog</name>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="43"/>
        <source>Observer ratings</source>
        <translation>Inschattingen van een beoordelaar</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="48"/>
        <source>Someone who knows this person&apos;s work – a counsellor after the session, a colleague or a manager – rates the same competencies from 1 to 5. A difference of two levels or more is shown in the results as something to talk about.</source>
        <translation>Iemand die het werk van deze persoon kent – een loopbaanadviseur na het gesprek, een collega of een leidinggevende – schat dezelfde competenties in van 1 tot 5. Een verschil van twee niveaus of meer staat in de resultaten als iets om over te praten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="55"/>
        <source>Counsellor</source>
        <translation>Loopbaanadviseur</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="56"/>
        <source>Colleague</source>
        <translation>Collega</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="57"/>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="66"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="67"/>
        <source>&amp;Name (optional)</source>
        <translation>&amp;Naam (optioneel)</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="70"/>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="70"/>
        <source>Own rating</source>
        <translation>Eigen inschatting</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="70"/>
        <source>Observer</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="81"/>
        <source>not rated</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../app/gui/observer_dialog.py" line="86"/>
        <source>Observer&apos;s rating: {name}</source>
        <translation>Inschatting van de beoordelaar: {name}</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../app/gui/progress_dialog.py" line="35"/>
        <source>What changed since your earlier answers</source>
        <translation>Wat er is veranderd sinds je eerdere antwoorden</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="89"/>
        <source>Compare the latest with</source>
        <translation>Vergelijk de laatste met</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="93"/>
        <source>the previous assessment</source>
        <translation>de vorige vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="94"/>
        <source>the first assessment</source>
        <translation>de eerste vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="97"/>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="133"/>
        <source>Readiness over time</source>
        <translation>Klaar voor de doelrol in de loop van de tijd</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="99"/>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="99"/>
        <source>Then</source>
        <translation>Toen</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="99"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="99"/>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="99"/>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="151"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="113"/>
        <source>Progress appears once the client has two assessments.</source>
        <translation>De voortgang verschijnt zodra de cliënt twee vragenlijsten heeft.</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="116"/>
        <source>Not counted (answers not complete or not valid): {dates}</source>
        <translation>Niet meegeteld (antwoorden onvolledig of ongeldig): {dates}</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="153"/>
        <source>Earlier ({date})</source>
        <translation>Eerder ({date})</translation>
    </message>
    <message>
        <location filename="../../app/gui/counsellor/progress_panel.py" line="158"/>
        <source>Latest ({date})</source>
        <translation>Laatste ({date})</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../../app/gui/section_page.py" line="74"/>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="81"/>
        <source>Source: {sources}</source>
        <translation>Bron: {sources}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="81"/>
        <source>Sources: {sources}</source>
        <translation>Bronnen: {sources}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="83"/>
        <source>“Sources…” below shows what each article says.</source>
        <translation>‘Bronnen…’ hieronder laat zien wat elk artikel zegt.</translation>
    </message>
</context>
<context>
    <name>RankInput</name>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="613"/>
        <source>&amp;Options</source>
        <translation>&amp;Opties</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="614"/>
        <source>Your order (choose {n})</source>
        <translation>Jouw volgorde (kies {n})</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="615"/>
        <source>&amp;Add →</source>
        <translation>Toevoe&amp;gen →</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="616"/>
        <source>← &amp;Remove</source>
        <translation>← Ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="617"/>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="618"/>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="619"/>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="620"/>
        <source>Your order</source>
        <translation>Jouw volgorde</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../app/gui/results_page.py" line="315"/>
        <source>Observer ratings…</source>
        <translation>Inschattingen van een beoordelaar…</translation>
    </message>
    <message>
        <location filename="../../app/gui/results_page.py" line="317"/>
        <source>Your results</source>
        <translation>Jouw resultaat</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../app/gui/section_page.py" line="176"/>
        <source>Question {k} of {n}</source>
        <translation>Vraag {k} van {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="178"/>
        <source>Questions {k}–{last} of {n}</source>
        <translation>Vragen {k}–{last} van {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="183"/>
        <source>about {m} minutes left</source>
        <translation>nog ongeveer {m} minuten</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="184"/>
        <source>about a minute left</source>
        <translation>nog ongeveer een minuut</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="207"/>
        <source>{section}: {page}</source>
        <translation>{section}: {page}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="280"/>
        <source>Please answer this question.</source>
        <translation>Beantwoord deze vraag.</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="282"/>
        <source>Choose exactly {n}, in order of importance.</source>
        <translation>Kies er precies {n}, op volgorde van belang.</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="288"/>
        <source>This cannot be more than your answer to “{other}” ({limit}).</source>
        <translation>Dit kan niet meer zijn dan je antwoord op ‘{other}’ ({limit}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="306"/>
        <source>Some answers on this page need attention (marked in red) before you can go on.</source>
        <translation>Een paar antwoorden op deze pagina vragen aandacht (rood gemarkeerd) voordat je verder kunt.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="80"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="81"/>
        <source>The questions and the plan rest on these articles:</source>
        <translation>De vragen en het plan berusten op deze artikelen:</translation>
    </message>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="100"/>
        <source>Its own title: “{title}” (in {language})</source>
        <translation>Eigen titel van het artikel: ‘{title}’ (in het {language})</translation>
    </message>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="103"/>
        <source>Published by: {who}</source>
        <translation>Gepubliceerd door: {who}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sources_dialog.py" line="105"/>
        <source>The article does not say who published it.</source>
        <translation>Het artikel zegt niet wie het heeft gepubliceerd.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/gui/start_page.py" line="187"/>
        <source>Find out where you stand as a social media manager and what to learn next. Answer the questions; your answers are saved as you go, and at the end you get a development plan as a PDF.</source>
        <translation>Ontdek waar je staat als social media manager en wat je hierna kunt leren. Beantwoord de vragen; je antwoorden worden steeds opgeslagen, en aan het eind krijg je een ontwikkelplan als pdf.</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="192"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="193"/>
        <source>New assessment</source>
        <translation>Nieuwe vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="194"/>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="195"/>
        <source>for example Anna Berg</source>
        <translation>bijvoorbeeld Anna Berg</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="196"/>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="197"/>
        <source>Saved on this computer</source>
        <translation>Opgeslagen op deze computer</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="198"/>
        <source>&amp;Continue a saved assessment…</source>
        <translation>&amp;Verder met een opgeslagen vragenlijst…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="200"/>
        <source>C&amp;ontinue the selected one</source>
        <translation>V&amp;erder met de gekozen vragenlijst</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="201"/>
        <source>Open &amp;answers…</source>
        <translation>&amp;Antwoorden openen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="202"/>
        <source>Open answers saved to a file (*.smm-career.json or any .json)</source>
        <translation>Antwoorden openen die in een bestand zijn opgeslagen (*.smm-career.json of een ander .json-bestand)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="249"/>
        <source>No assessment is saved on this computer.</source>
        <translation>Er is geen vragenlijst opgeslagen op deze computer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="271"/>
        <source>Open answers</source>
        <translation>Antwoorden openen</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="199"/>
        <source>Sa&amp;ved assessments (newest first):</source>
        <translation>Opge&amp;slagen vragenlijsten (nieuwste eerst):</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="203"/>
        <source>Counsellor mode…</source>
        <translation>Begeleidersmodus…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="224"/>
        <source>⚠ Cannot be opened: {file} ({when})</source>
        <translation>⚠ Kan niet worden geopend: {file} ({when})</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="225"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="227"/>
        <source>{name} — {when} — {n} answers</source>
        <translation>{name} — {when} — {n} antwoorden</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="229"/>
        <source>(from the backup copy)</source>
        <translation>(uit de reservekopie)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="271"/>
        <source>Answer files (*.json)</source>
        <translation>Antwoordbestanden (*.json)</translation>
    </message>
</context>
</TS>
