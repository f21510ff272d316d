<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AssessmentWizard</name>
    <message>
        <location filename="../../app/gui/wizard.py" line="113"/>
        <source>Language: {name}</source>
        <translation>Taal: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="115"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="121"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard.py" line="123"/>
        <source>Your answers are saved; you can continue later.</source>
        <translation>Je antwoorden zijn bewaard; je kunt later verdergaan.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../app/gui/export.py" line="90"/>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="91"/>
        <source>Making the PDF</source>
        <translation>De pdf wordt gemaakt</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="94"/>
        <source>development-plan</source>
        <translation>ontwikkelplan</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="100"/>
        <location filename="../../app/gui/export.py" line="154"/>
        <source>Save PDF</source>
        <translation>Pdf opslaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="100"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="116"/>
        <source>Making the PDF…</source>
        <translation>De pdf wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="126"/>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="128"/>
        <source>PDF saved</source>
        <translation>Pdf opgeslagen</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="129"/>
        <source>The development plan was saved as
{path}

Open it now?</source>
        <translation>Het ontwikkelplan is opgeslagen als
{path}

Nu openen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="142"/>
        <location filename="../../app/gui/export.py" line="148"/>
        <source>No PDF was made.</source>
        <translation>Er is geen pdf gemaakt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="143"/>
        <source>A PDF cannot be made on this computer yet. Your answers are saved.

{hint}</source>
        <translation>Op deze computer kan nog geen pdf worden gemaakt. Je antwoorden zijn bewaard.

{hint}</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="149"/>
        <source>The PDF could not be made. Your answers are saved.

{reason}</source>
        <translation>De pdf kon niet worden gemaakt. Je antwoorden zijn bewaard.

{reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main.py" line="97"/>
        <source>Your answers cannot be saved in {folder}: {reason}</source>
        <translation>Je antwoorden kunnen niet worden opgeslagen in {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="159"/>
        <source>Could not save your answers: {reason}</source>
        <translation>Je antwoorden konden niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="162"/>
        <source>Your answers stay in this window; saving is tried again.</source>
        <translation>Je antwoorden blijven in dit venster; opslaan wordt opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="164"/>
        <source>All answers saved.</source>
        <translation>Alle antwoorden zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="193"/>
        <source>Save answers as</source>
        <translation>Antwoorden opslaan als</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="195"/>
        <source>Answer files (*.json)</source>
        <translation>Antwoordbestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="213"/>
        <source>Your latest answers could not be saved: {reason}</source>
        <translation>Je laatste antwoorden konden niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="214"/>
        <source>Save them in another place before closing?</source>
        <translation>Wil je ze op een andere plek opslaan voordat je sluit?</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="215"/>
        <source>Save elsewhere…</source>
        <translation>Ergens anders opslaan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.py" line="216"/>
        <source>Close without saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="152"/>
        <source>{low}–{high} {unit}</source>
        <translation>{low}–{high} {unit}</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../../app/gui/section_page.py" line="65"/>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="72"/>
        <source>Source: {sources}</source>
        <translation>Bron: {sources}</translation>
    </message>
</context>
<context>
    <name>RankInput</name>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="443"/>
        <source>&amp;Options</source>
        <translation>&amp;Opties</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="444"/>
        <source>Your order (choose {n})</source>
        <translation>Jouw volgorde (kies {n})</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="445"/>
        <source>&amp;Add →</source>
        <translation>&amp;Toevoegen →</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="446"/>
        <source>← &amp;Remove</source>
        <translation>← &amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="447"/>
        <source>Move &amp;up</source>
        <translation>Omhoo&amp;g</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="448"/>
        <source>Move &amp;down</source>
        <translation>Omlaa&amp;g</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="449"/>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <location filename="../../app/gui/question_widgets.py" line="450"/>
        <source>Your order</source>
        <translation>Jouw volgorde</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../app/gui/results_page.py" line="249"/>
        <source>Your results</source>
        <translation>Jouw resultaat</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../app/gui/section_page.py" line="160"/>
        <source>Section {k} of {n}</source>
        <translation>Deel {k} van {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="195"/>
        <source>Please answer this question.</source>
        <translation>Beantwoord deze vraag.</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="197"/>
        <source>Choose exactly {n}, in order of importance.</source>
        <translation>Kies er precies {n}, op volgorde van belang.</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="203"/>
        <source>This cannot be more than your answer to “{other}” ({limit}).</source>
        <translation>Dit kan niet meer zijn dan je antwoord op ‘{other}’ ({limit}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/section_page.py" line="221"/>
        <source>Some answers on this page need attention (marked in red) before you can go on.</source>
        <translation>Een paar antwoorden op deze pagina vragen aandacht (rood gemarkeerd) voordat je verder kunt.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/gui/start_page.py" line="181"/>
        <source>Find out where you stand as a social media manager and what to learn next. Answer the questions; your answers are saved as you go, and at the end you get a development plan as a PDF.</source>
        <translation>Ontdek waar je staat als social media manager en wat je hierna kunt leren. Beantwoord de vragen; je antwoorden worden steeds bewaard, en aan het eind krijg je een ontwikkelplan als pdf.</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="186"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="187"/>
        <source>New assessment</source>
        <translation>Nieuwe beoordeling</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="188"/>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="189"/>
        <source>for example Anna Berg</source>
        <translation>bijvoorbeeld Anna Berg</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="190"/>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="191"/>
        <source>Continue a saved assessment</source>
        <translation>Verder met een bewaarde beoordeling</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="192"/>
        <source>Sa&amp;ved assessments (newest first):</source>
        <translation>Be&amp;waarde beoordelingen (nieuwste eerst):</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="193"/>
        <source>&amp;Continue the selected one</source>
        <translation>&amp;Verder met de gekozen</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="194"/>
        <source>&amp;Open an answer file…</source>
        <translation>Antwoordbestand &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="195"/>
        <source>Counsellor mode…</source>
        <translation>Modus voor loopbaanbegeleiders…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="213"/>
        <source>⚠ Cannot be opened: {file} ({when})</source>
        <translation>⚠ Kan niet worden geopend: {file} ({when})</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="214"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="216"/>
        <source>{name} — {when} — {n} answers</source>
        <translation>{name} — {when} — {n} antwoorden</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="218"/>
        <source>(from the backup copy)</source>
        <translation>(uit de reservekopie)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="233"/>
        <source>Continue where you left off: {name}</source>
        <translation>Ga verder waar je was: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="262"/>
        <source>Open an answer file</source>
        <translation>Antwoordbestand openen</translation>
    </message>
    <message>
        <location filename="../../app/gui/start_page.py" line="262"/>
        <source>Answer files (*.json)</source>
        <translation>Antwoordbestanden (*.json)</translation>
    </message>
</context>
</TS>
