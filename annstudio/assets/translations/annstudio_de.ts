<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnimationExport</name>
    <message>
        <source>exporting an animation needs the Pillow package: install it with “pip install Pillow” (it comes with ANN Studio&apos;s installers)</source>
        <translation>der Export einer Animation braucht das Paket Pillow: mit „pip install Pillow“ installieren (es ist in den Installationsprogrammen von ANN Studio enthalten)</translation>
    </message>
    <message>
        <source>Rendering the animation…</source>
        <translation>Animation wird erzeugt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>Writing the GIF…</source>
        <translation>GIF wird geschrieben…</translation>
    </message>
    <message>
        <source>step {step} of {steps}</source>
        <translation>Schritt {step} von {steps}</translation>
    </message>
    <message>
        <source>could not write the animation: {reason}</source>
        <translation>die Animation konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>BatchTab</name>
    <message>
        <source>The lecture&apos;s loop computes one gradient per point (the Jacobian products) and averages them over the mini-batch; the engine computes zᵀ·δ for the whole batch in one matrix product. Both rows below must be the same numbers.</source>
        <translation>Die Schleife der Vorlesung berechnet einen Gradienten pro Punkt (die Jacobi-Produkte) und mittelt sie über den Mini-Batch; die Engine berechnet zᵀ·δ für den ganzen Batch in einem einzigen Matrixprodukt. Beide Zeilen unten müssen dieselben Zahlen zeigen.</translation>
    </message>
    <message>
        <source>training points from #</source>
        <translation>Trainingspunkte ab Nr.</translation>
    </message>
    <message>
        <source>Training points from number</source>
        <translation>Trainingspunkte ab Nummer</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Count of training points</source>
        <translation>Anzahl der Trainingspunkte</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>The batch&apos;s values, one column per point</source>
        <translation>Die Werte des Batches, eine Spalte pro Punkt</translation>
    </message>
    <message>
        <source>No dataset: load one (or a lecture preset) to see a mini-batch.</source>
        <translation>Kein Datensatz: Laden Sie einen (oder eine Vorlesungsvorlage), um einen Mini-Batch zu sehen.</translation>
    </message>
    <message>
        <source>point #{index} (y = {y}), L = {loss}</source>
        <translation>Punkt Nr. {index} (y = {y}), L = {loss}</translation>
    </message>
    <message>
        <source>average of the rows above</source>
        <translation>Mittelwert der Zeilen darüber</translation>
    </message>
    <message>
        <source>vectorised batch gradient zᵀ·δ</source>
        <translation>vektorisierter Batch-Gradient zᵀ·δ</translation>
    </message>
    <message>
        <source>{n} points, batch loss {loss} (their mean). max |average − vectorised| over all layers = {diff} (this layer: {layer_diff}).</source>
        <translation>{n} Punkte, Batch-Verlust {loss} (ihr Mittelwert). max |Mittelwert − vektorisiert| über alle Schichten = {diff} (diese Schicht: {layer_diff}).</translation>
    </message>
</context>
<context>
    <name>ChallengeBanner</name>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Challenge title</source>
        <translation>Titel der Challenge</translation>
    </message>
    <message>
        <source>Locked fields</source>
        <translation>Gesperrte Felder</translation>
    </message>
    <message>
        <source>Challenge task</source>
        <translation>Aufgabe der Challenge</translation>
    </message>
    <message>
        <source>Challenge: {title}</source>
        <translation>Challenge: {title}</translation>
    </message>
    <message>
        <source>ranked by {measure}</source>
        <translation>Rangfolge nach {measure}</translation>
    </message>
    <message>
        <source>(no task text)</source>
        <translation>(kein Aufgabentext)</translation>
    </message>
    <message>
        <source>Locked: {fields} (greyed; hover for why)</source>
        <translation>Gesperrt: {fields} (ausgegraut; Mauszeiger darauf zeigt den Grund)</translation>
    </message>
    <message>
        <source>Nothing is locked.</source>
        <translation>Nichts ist gesperrt.</translation>
    </message>
    <message>
        <source>{why}: a hand-in is refused</source>
        <translation>{why}: eine Abgabe wird abgelehnt</translation>
    </message>
    <message>
        <source>Within the challenge&apos;s limit</source>
        <translation>Innerhalb der Grenze der Challenge</translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <source>ANN Studio — New challenge</source>
        <translation>ANN Studio — Neue Challenge</translation>
    </message>
    <message>
        <source>What the students read</source>
        <translation>Was die Studierenden lesen</translation>
    </message>
    <message>
        <source>Challenge title</source>
        <translation>Titel der Challenge</translation>
    </message>
    <message>
        <source>The challenge&apos;s name, shown to every student (required)</source>
        <translation>Der Name der Challenge, den alle Studierenden sehen (Pflichtfeld)</translation>
    </message>
    <message>
        <source>e.g. Two moons with at most 100 parameters</source>
        <translation>z. B. Zwei Monde mit höchstens 100 Parametern</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Task text</source>
        <translation>Aufgabentext</translation>
    </message>
    <message>
        <source>What the students are asked to do, in your words (several lines; Tab moves to the next field)</source>
        <translation>Was die Studierenden tun sollen, in Ihren Worten (mehrere Zeilen; Tab springt zum nächsten Feld)</translation>
    </message>
    <message>
        <source>e.g. Reach the best held-out accuracy you can.</source>
        <translation>z. B. Erreichen Sie die bestmögliche Genauigkeit auf den zurückgehaltenen Punkten.</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>The points</source>
        <translation>Die Punkte</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Held-out share</source>
        <translation>Anteil zurückgehalten</translation>
    </message>
    <message>
        <source>The share of the points only your key keeps, to score the hand-ins on (above 0, at most 0.9)</source>
        <translation>Der Anteil der Punkte, den nur Ihr Schlüssel enthält und auf dem die Abgaben bewertet werden (über 0, höchstens 0,9)</translation>
    </message>
    <message>
        <source>&amp;Held out:</source>
        <translation>&amp;Zurückgehalten:</translation>
    </message>
    <message>
        <source>Ranking measure</source>
        <translation>Maß für die Rangfolge</translation>
    </message>
    <message>
        <source>What ranks the hand-ins, computed by you on the held-out points</source>
        <translation>Was die Rangfolge der Abgaben bestimmt, von Ihnen auf den zurückgehaltenen Punkten berechnet</translation>
    </message>
    <message>
        <source>&amp;Ranked by:</source>
        <translation>&amp;Rangfolge nach:</translation>
    </message>
    <message>
        <source>about {m} of the {n} points go to your key; the students get the other {rest}</source>
        <translation>etwa {m} der {n} Punkte gehen in Ihren Schlüssel; die Studierenden erhalten die übrigen {rest}</translation>
    </message>
    <message>
        <source>Limits (unticked: no limit)</source>
        <translation>Grenzen (nicht angehakt: keine Grenze)</translation>
    </message>
    <message>
        <source>Limit the parameters</source>
        <translation>Parameter begrenzen</translation>
    </message>
    <message>
        <source>Most parameters</source>
        <translation>Höchstzahl an Parametern</translation>
    </message>
    <message>
        <source> parameters</source>
        <translation> Parameter</translation>
    </message>
    <message>
        <source>The most weights and biases a student&apos;s network may have</source>
        <translation>Die größte Zahl an Gewichten und Biases, die das Netz eines Studierenden haben darf</translation>
    </message>
    <message>
        <source>Limit the epochs</source>
        <translation>Epochen begrenzen</translation>
    </message>
    <message>
        <source>Most epochs</source>
        <translation>Höchstzahl an Epochen</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <source>The most epochs a student&apos;s run may train</source>
        <translation>Die größte Zahl an Epochen, die der Lauf eines Studierenden trainieren darf</translation>
    </message>
    <message>
        <source>this experiment trains {n}</source>
        <translation>dieses Experiment trainiert {n}</translation>
    </message>
    <message>
        <source>this experiment trains until stopped</source>
        <translation>dieses Experiment trainiert bis zum Anhalten</translation>
    </message>
    <message>
        <source>Optimizers allowed:</source>
        <translation>Erlaubte Optimierer:</translation>
    </message>
    <message>
        <source>Hidden activations allowed:</source>
        <translation>Erlaubte Aktivierungen (verborgen):</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>this network has {n}</source>
        <translation>dieses Netz hat {n}</translation>
    </message>
    <message>
        <source>this network has {n}: students must make it smaller (unless the hidden layers are locked)</source>
        <translation>dieses Netz hat {n}: die Studierenden müssen es verkleinern (außer die verborgenen Schichten sind gesperrt)</translation>
    </message>
    <message>
        <source>Allow {name}</source>
        <translation>{name} erlauben</translation>
    </message>
    <message>
        <source>Students may use {name}; untick to forbid it (all ticked: no limit)</source>
        <translation>Studierende dürfen {name} verwenden; abhaken verbietet es (alle angehakt: keine Grenze)</translation>
    </message>
    <message>
        <source>Locked fields (students may not change them; the reason is shown)</source>
        <translation>Gesperrte Felder (Studierende dürfen sie nicht ändern; der Grund wird angezeigt)</translation>
    </message>
    <message>
        <source>Lock {what}</source>
        <translation>Sperren: {what}</translation>
    </message>
    <message>
        <source>Students may not change {what}</source>
        <translation>Studierende dürfen dies nicht ändern: {what}</translation>
    </message>
    <message>
        <source>Reason for locking {what}</source>
        <translation>Grund der Sperre: {what}</translation>
    </message>
    <message>
        <source>The reason the students read for locking {what}</source>
        <translation>Der Grund, den die Studierenden zur Sperre lesen: {what}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the challenge</source>
        <translation>Challenge speichern</translation>
    </message>
    <message>
        <source>Choose where to write NAME.challenge (for the students); the key NAME.key is written beside it (for you only)  [Enter]</source>
        <translation>Wählen Sie, wohin NAME.challenge geschrieben wird (für die Studierenden); der Schlüssel NAME.key wird daneben geschrieben (nur für Sie)  [Enter]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without writing anything  [Esc]</source>
        <translation>Schließen, ohne etwas zu schreiben  [Esc]</translation>
    </message>
</context>
<context>
    <name>ChallengeMaker</name>
    <message>
        <source>Save the challenge (the key is written beside it)</source>
        <translation>Challenge speichern (der Schlüssel wird daneben geschrieben)</translation>
    </message>
    <message>
        <source>Challenges (*{ext})</source>
        <translation>Challenges (*{ext})</translation>
    </message>
    <message>
        <source>{name} already exists. Replace?</source>
        <translation>{name} existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>{first} and {second} already exist. Replace?</source>
        <translation>{first} und {second} existieren bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>ANN Studio — Replace?</source>
        <translation>ANN Studio — Ersetzen?</translation>
    </message>
    <message>
        <source>Hand-ins made for the old challenge could no longer be scored: the old key&apos;s held-out points would be gone.</source>
        <translation>Abgaben zur alten Challenge könnten nicht mehr bewertet werden: die zurückgehaltenen Punkte des alten Schlüssels wären verloren.</translation>
    </message>
    <message>
        <source>Challenge saved</source>
        <translation>Challenge gespeichert</translation>
    </message>
    <message>
        <source>Give {challenge} to the students: it holds the task, the {n} points they train on, the locks and the limits, and none of the held-out points.</source>
        <translation>Geben Sie {challenge} an die Studierenden: sie enthält die Aufgabe, die {n} Punkte zum Trainieren, die Sperren und die Grenzen, aber keinen der zurückgehaltenen Punkte.</translation>
    </message>
    <message>
        <source>Keep {key} on this computer and never hand it out: it holds the {n} held-out points that score the hand-ins (Class ▸ Collect…).</source>
        <translation>Behalten Sie {key} auf diesem Computer und geben Sie sie nie weiter: sie enthält die {n} zurückgehaltenen Punkte, mit denen die Abgaben bewertet werden (Klasse ▸ Einsammeln…).</translation>
    </message>
    <message>
        <source>Both are in {folder}.</source>
        <translation>Beide liegen in {folder}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>Saved {challenge} for the students and {key} for you.</source>
        <translation>{challenge} für die Studierenden und {key} für Sie gespeichert.</translation>
    </message>
</context>
<context>
    <name>ChildJob</name>
    <message>
        <source>the computation stopped unexpectedly (its process ended)</source>
        <translation>die Berechnung wurde unerwartet beendet (ihr Prozess endete)</translation>
    </message>
</context>
<context>
    <name>ClassPlots</name>
    <message>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <source>Every hand-in&apos;s training loss; the selected one in colour</source>
        <translation>Der Trainingsverlust jeder Abgabe; die ausgewählte farbig</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Training loss per epoch</source>
        <translation>Trainingsverlust pro Epoche</translation>
    </message>
    <message>
        <source>Parameters and held-out score</source>
        <translation>Parameter und Ergebnis auf den zurückgehaltenen Daten</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Verborgene Schichten</translation>
    </message>
    <message>
        <source>Parameters and score</source>
        <translation>Parameter und Ergebnis</translation>
    </message>
    <message>
        <source>Each hand-in&apos;s network size and its score (crosses: flagged, not ranked); click a point to select it</source>
        <translation>Netzgröße und Ergebnis jeder Abgabe (Kreuze: markiert, nicht gewertet); einen Punkt anklicken, um ihn auszuwählen</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Decision boundaries of the six best</source>
        <translation>Entscheidungsgrenzen der sechs Besten</translation>
    </message>
    <message>
        <source>The decision boundaries of the six best ranked hand-ins, from their weights; click one to select it</source>
        <translation>Die Entscheidungsgrenzen der sechs bestplatzierten Abgaben, aus ihren Gewichten berechnet; eine anklicken, um sie auszuwählen</translation>
    </message>
    <message>
        <source>What the class chose</source>
        <translation>Was die Klasse gewählt hat</translation>
    </message>
    <message>
        <source>How many hand-ins chose each optimizer and each number of hidden layers; the selected one&apos;s choices in colour</source>
        <translation>Wie viele Abgaben welchen Optimierer und wie viele verborgene Schichten gewählt haben; die Wahl der ausgewählten farbig</translation>
    </message>
    <message>
        <source>training loss (log scale)</source>
        <translation>Trainingsverlust (log. Skala)</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>{name}: {n} parameters, {measure} {score}</source>
        <translation>{name}: {n} Parameter, {measure} {score}</translation>
    </message>
    <message>
        <source>parameters (log scale)</source>
        <translation>Parameter (log. Skala)</translation>
    </message>
    <message>
        <source>No hand-in is ranked yet: no boundaries to draw.</source>
        <translation>Noch keine Abgabe ist gewertet: keine Grenzen zu zeichnen.</translation>
    </message>
    <message>
        <source>Decision boundaries are drawn for two inputs; this challenge&apos;s data has 1 input.</source>
        <translation>Entscheidungsgrenzen werden für zwei Eingaben gezeichnet; die Daten dieser Challenge haben 1 Eingabe.</translation>
    </message>
    <message>
        <source>Decision boundaries are drawn for two inputs; this challenge&apos;s data has {n} inputs.</source>
        <translation>Entscheidungsgrenzen werden für zwei Eingaben gezeichnet; die Daten dieser Challenge haben {n} Eingaben.</translation>
    </message>
    <message>
        <source>{n} training curves, one per hand-in.</source>
        <translation>{n} Trainingskurven, eine pro Abgabe.</translation>
    </message>
    <message>
        <source>{n} hand-ins scored; the best, {name}, has {params} parameters and {measure} {score}.</source>
        <translation>{n} Abgaben bewertet; die beste, {name}, hat {params} Parameter und {measure} {score}.</translation>
    </message>
    <message>
        <source>{n} hand-ins scored.</source>
        <translation>{n} Abgaben bewertet.</translation>
    </message>
    <message>
        <source>Boundaries of {names}.</source>
        <translation>Grenzen von {names}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Optimizers: {optimizers}. Hidden layers: {layers}.</source>
        <translation>Optimierer: {optimizers}. Verborgene Schichten: {layers}.</translation>
    </message>
    <message>
        <source>{n} {name}</source>
        <translation>{n} × {name}</translation>
    </message>
    <message>
        <source>{n} with {k}</source>
        <translation>{n} mit {k}</translation>
    </message>
</context>
<context>
    <name>ClassView</name>
    <message>
        <source>Class — {title} — ANN Studio</source>
        <translation>Klasse — {title} — ANN Studio</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>The table as CSV for grading (numbers as numbers)</source>
        <translation>Die Tabelle als CSV zum Benoten (Zahlen als Zahlen)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>This whole window as a PNG picture, for slides</source>
        <translation>Dieses ganze Fenster als PNG-Bild, für Folien</translation>
    </message>
    <message>
        <source>Open hand-in</source>
        <translation>Abgabe öffnen</translation>
    </message>
    <message>
        <source>Open the selected hand-in&apos;s run in the main window (also: double-click or Enter); Save there asks for a new file</source>
        <translation>Den Lauf der ausgewählten Abgabe im Hauptfenster öffnen (auch: Doppelklick oder Eingabetaste); Speichern fragt dort nach einer neuen Datei</translation>
    </message>
    <message>
        <source>What the class predicted (predict-then-check answers, per question)</source>
        <translation>Was die Klasse vorhergesagt hat (Antworten zu „Vorhersagen, dann prüfen“, je Frage)</translation>
    </message>
    <message>
        <source>What the class predicted</source>
        <translation>Was die Klasse vorhergesagt hat</translation>
    </message>
    <message>
        <source>No predict-then-check answers in these hand-ins.</source>
        <translation>Keine Antworten zu „Vorhersagen, dann prüfen“ in diesen Abgaben.</translation>
    </message>
    <message>
        <source>Class table</source>
        <translation>Klassentabelle</translation>
    </message>
    <message>
        <source>Click a row to highlight its hand-in in the plots; double-click or Enter opens it in the main window</source>
        <translation>Eine Zeile anklicken, um ihre Abgabe in den Diagrammen hervorzuheben; Doppelklick oder Eingabetaste öffnet sie im Hauptfenster</translation>
    </message>
    <message>
        <source>Select a hand-in in the table first.</source>
        <translation>Zuerst eine Abgabe in der Tabelle auswählen.</translation>
    </message>
    <message>
        <source>it was refused ({reason})</source>
        <translation>sie wurde abgelehnt ({reason})</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>its network cannot be built from its weights</source>
        <translation>ihr Netz lässt sich aus ihren Gewichten nicht aufbauen</translation>
    </message>
    <message>
        <source>there is no main window to open it in</source>
        <translation>es gibt kein Hauptfenster, in dem sie sich öffnen ließe</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {why}</source>
        <translation>{name} kann nicht geöffnet werden: {why}</translation>
    </message>
    <message>
        <source>{name}&apos;s hand-in</source>
        <translation>Abgabe von {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s hand-in was not opened.</source>
        <translation>Die Abgabe von {name} wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Opened {name}&apos;s hand-in in the main window; Save there asks for a new file (the hand-in stays as it is).</source>
        <translation>Die Abgabe von {name} ist im Hauptfenster geöffnet; Speichern fragt dort nach einer neuen Datei (die Abgabe bleibt, wie sie ist).</translation>
    </message>
    <message>
        <source>Export the class table</source>
        <translation>Klassentabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>the table was not written: {reason}</source>
        <translation>die Tabelle wurde nicht geschrieben: {reason}</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>{name} geschrieben.</translation>
    </message>
    <message>
        <source>Export the class view as PNG</source>
        <translation>Klassenansicht als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Qt could not make the PNG picture</source>
        <translation>Qt konnte das PNG-Bild nicht erzeugen</translation>
    </message>
    <message>
        <source>the picture was not written: {reason}</source>
        <translation>das Bild wurde nicht geschrieben: {reason}</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Hand in</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <source>train the run first: a hand-in carries the trained weights and their loss history</source>
        <translation>trainieren Sie zuerst: eine Abgabe enthält die trainierten Gewichte und ihren Verlustverlauf</translation>
    </message>
    <message>
        <source>Hand in: choose the folder to hand in to</source>
        <translation>Abgeben: Ordner für die Abgabe wählen</translation>
    </message>
    <message>
        <source>Hand-in refused</source>
        <translation>Abgabe abgelehnt</translation>
    </message>
    <message>
        <source>The hand-in is refused; nothing was written.</source>
        <translation>Die Abgabe wird abgelehnt; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Handed in as {name}.</source>
        <translation>Abgegeben als {name}.</translation>
    </message>
    <message>
        <source>In the folder {folder}. You may hand in again: the latest counts.</source>
        <translation>Im Ordner {folder}. Sie dürfen erneut abgeben: die letzte Abgabe zählt.</translation>
    </message>
    <message>
        <source>The hand-in is refused; nothing was sent.</source>
        <translation>Die Abgabe wird abgelehnt; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Handing in</source>
        <translation>Abgabe läuft</translation>
    </message>
    <message>
        <source>Sending the hand-in to {address}…</source>
        <translation>Abgabe wird an {address} gesendet…</translation>
    </message>
    <message>
        <source>You may hand in again: the latest counts.</source>
        <translation>Sie dürfen erneut abgeben: die letzte Abgabe zählt.</translation>
    </message>
    <message>
        <source>Not handed in</source>
        <translation>Nicht abgegeben</translation>
    </message>
    <message>
        <source>Hand in: choose the challenge</source>
        <translation>Abgeben: Challenge wählen</translation>
    </message>
    <message>
        <source>Challenges (*{ext});;All files (*)</source>
        <translation>Challenges (*{ext});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Collect: choose the teacher&apos;s key</source>
        <translation>Einsammeln: Schlüssel der Lehrkraft wählen</translation>
    </message>
    <message>
        <source>Teacher&apos;s keys (*{ext});;All files (*)</source>
        <translation>Schlüssel der Lehrkraft (*{ext});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Collect: choose the .zip of hand-ins</source>
        <translation>Einsammeln: .zip der Abgaben wählen</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Zip-Dateien (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Collect: choose the folder of hand-ins</source>
        <translation>Einsammeln: Ordner der Abgaben wählen</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Einsammeln</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <source>per step</source>
        <translation>je Schritt</translation>
    </message>
    <message>
        <source>Also draw every mini-batch&apos;s loss (grey)</source>
        <translation>Auch den Verlust jedes Mini-Batches zeichnen (grau)</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>log. Skala</translation>
    </message>
    <message>
        <source>Loss on a logarithmic axis</source>
        <translation>Verlust auf logarithmischer Achse</translation>
    </message>
    <message>
        <source>Loss and accuracy curves</source>
        <translation>Verlust- und Genauigkeitskurven</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>R² (1 = perfect)</source>
        <translation>R² (1 = perfekt)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>(per epoch)</source>
        <translation>(je Epoche)</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>Verlust {loss}</translation>
    </message>
    <message>
        <source>{loss_text}, {percent}%</source>
        <translation>{loss_text}; {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{loss_text}, R² {r2}</source>
        <translation>{loss_text}; R² {r2}</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>class {k}</source>
        <translation>Klasse {k}</translation>
    </message>
    <message>
        <source>Data and decision regions</source>
        <translation>Daten und Entscheidungsregionen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Discrete</source>
        <translation>Diskret</translation>
    </message>
    <message>
        <source>Show only the predicted class (no probability shading)</source>
        <translation>Nur die vorhergesagte Klasse zeigen (ohne Wahrscheinlichkeitsschattierung)</translation>
    </message>
    <message>
        <source>Test points</source>
        <translation>Testpunkte</translation>
    </message>
    <message>
        <source>Show the held-out test points (hollow)</source>
        <translation>Die zurückgehaltenen Testpunkte zeigen (hohl)</translation>
    </message>
    <message>
        <source>back to the output</source>
        <translation>zurück zur Ausgabe</translation>
    </message>
    <message>
        <source>Show the network&apos;s output again</source>
        <translation>Die Ausgabe des Netzes wieder zeigen</translation>
    </message>
    <message>
        <source>y (target)</source>
        <translation>y (Zielwert)</translation>
    </message>
    <message>
        <source>PC1 and PC2 are the two directions along which the inputs vary most; the percentage is each one&apos;s share of the variance</source>
        <translation>PC1 und PC2 sind die beiden Richtungen, in denen die Eingaben am stärksten variieren; der Prozentwert ist jeweils ihr Anteil an der Varianz</translation>
    </message>
    <message>
        <source>{name}: {n} features, 2-D PCA of the standardised inputs (no boundary)</source>
        <translation>{name}: {n} Merkmale, 2-D-PCA der standardisierten Eingaben (keine Grenze)</translation>
    </message>
    <message>
        <source>{name}: {n} features, 2-D PCA of the inputs (no boundary)</source>
        <translation>{name}: {n} Merkmale, 2-D-PCA der Eingaben (keine Grenze)</translation>
    </message>
    <message>
        <source>Decision boundary: p(class 1) = σ(u)</source>
        <translation>Entscheidungsgrenze: p(Klasse 1) = σ(u)</translation>
    </message>
    <message>
        <source>Decision regions: the most likely class</source>
        <translation>Entscheidungsregionen: die wahrscheinlichste Klasse</translation>
    </message>
    <message>
        <source>Data and the network&apos;s prediction f(x)</source>
        <translation>Daten und die Vorhersage des Netzes f(x)</translation>
    </message>
    <message>
        <source>colour = target value</source>
        <translation>Farbe = Zielwert</translation>
    </message>
    <message>
        <source>● filled: train &amp;nbsp;□ hollow: test</source>
        <translation>● gefüllt: Training &amp;nbsp;□ hohl: Test</translation>
    </message>
    <message>
        <source>{n} points, {k} of them drawn (a random sample)</source>
        <translation>{n} Punkte, davon {k} gezeichnet (eine Zufallsstichprobe)</translation>
    </message>
    <message>
        <source>Data and decision regions, cursor at x₁ = {x1}, x₂ = {x2}</source>
        <translation>Daten und Entscheidungsregionen, Kreuz bei x₁ = {x1}; x₂ = {x2}</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Two moons</source>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>XOR (quadrants)</source>
        <translation>XOR (Quadranten)</translation>
    </message>
    <message>
        <source>Blobs (k classes)</source>
        <translation>Cluster (k Klassen)</translation>
    </message>
    <message>
        <source>Spirals (k classes)</source>
        <translation>Spiralen (k Klassen)</translation>
    </message>
    <message>
        <source>Sine (1-D regression)</source>
        <translation>Sinus (1-D-Regression)</translation>
    </message>
    <message>
        <source>Plane (2-D regression)</source>
        <translation>Ebene (2-D-Regression)</translation>
    </message>
    <message>
        <source>Bumps (2-D regression)</source>
        <translation>Hügel (2-D-Regression)</translation>
    </message>
    <message>
        <source>Iris (150 × 4, 3 classes)</source>
        <translation>Iris (150 × 4, 3 Klassen)</translation>
    </message>
    <message>
        <source>Digits 8×8 (1797 × 64, 10 classes)</source>
        <translation>Ziffern 8×8 (1797 × 64, 10 Klassen)</translation>
    </message>
    <message>
        <source>Breast cancer (569 × 30, 2 classes)</source>
        <translation>Brustkrebs (569 × 30, 2 Klassen)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>number of points</source>
        <translation>Anzahl der Punkte</translation>
    </message>
    <message>
        <source>Points n</source>
        <translation>Punkte n</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Make the dataset again with these settings</source>
        <translation>Den Datensatz mit diesen Einstellungen neu erzeugen</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV laden…</translation>
    </message>
    <message>
        <source>Features in columns, the label in the last column</source>
        <translation>Merkmale in Spalten, die Klasse in der letzten Spalte</translation>
    </message>
    <message>
        <source>Standardise inputs (mean 0, std 1)</source>
        <translation>Eingaben standardisieren (Mittel 0, Std. 1)</translation>
    </message>
    <message>
        <source>The network gets x̃ = (x − mean) / std for every feature, with mean and std taken from the training points only.
Why: on equal scales one learning rate suits all weights; a feature in the thousands beside one below 1 would need very different steps.
The data view keeps showing your own units.</source>
        <translation>Das Netz erhält für jedes Merkmal x̃ = (x − mean) / std, mit Mittelwert und Standardabweichung nur aus den Trainingspunkten.
Warum: Bei gleichen Skalen passt eine Lernrate für alle Gewichte; ein Merkmal im Tausenderbereich neben einem unter 1 bräuchte sehr unterschiedliche Schritte.
Die Datenansicht zeigt weiterhin Ihre eigenen Einheiten.</translation>
    </message>
    <message>
        <source>Standardise targets (mean 0, std 1)</source>
        <translation>Zielwerte standardisieren (Mittel 0, Std. 1)</translation>
    </message>
    <message>
        <source>Regression: the network learns ỹ = (y − mean) / std, with mean and std of the training targets, and predicts ŷ = z · std + mean.
Why: targets in the hundreds make the first SGD steps huge (the loss explodes); on the scale of 1 the usual learning rates work.
Losses, R² and predictions stay in your target&apos;s own units.</source>
        <translation>Regression: Das Netz lernt ỹ = (y − mean) / std, mit Mittelwert und Standardabweichung der Trainingszielwerte, und sagt ŷ = z · std + mean vorher.
Warum: Zielwerte im Hunderterbereich machen die ersten SGD-Schritte riesig (der Verlust explodiert); auf der Skala von 1 funktionieren die üblichen Lernraten.
Verluste, R² und Vorhersagen bleiben in den Einheiten Ihres Zielwerts.</translation>
    </message>
    <message>
        <source>Derived input features</source>
        <translation>Abgeleitete Eingabemerkmale</translation>
    </message>
    <message>
        <source>Add the input {feature} computed from x1, x2</source>
        <translation>Die aus x1, x2 berechnete Eingabe {feature} hinzufügen</translation>
    </message>
    <message>
        <source>Click in the data view to</source>
        <translation>Klick in die Datenansicht:</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Left click adds a training point of the chosen class; right click removes the nearest point</source>
        <translation>Linksklick fügt einen Trainingspunkt der gewählten Klasse hinzu; Rechtsklick entfernt den nächsten Punkt</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Click removes the nearest point</source>
        <translation>Ein Klick entfernt den nächsten Punkt</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Untersuchen</translation>
    </message>
    <message>
        <source>Click picks a point (the inspector shows its numbers)</source>
        <translation>Ein Klick wählt einen Punkt (der Inspektor zeigt seine Zahlen)</translation>
    </message>
    <message>
        <source>Class of the points you add</source>
        <translation>Klasse der Punkte, die Sie hinzufügen</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Target value of the points you add (regression)</source>
        <translation>Zielwert der Punkte, die Sie hinzufügen (Regression)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>Drawn points</source>
        <translation>Gezeichnete Punkte</translation>
    </message>
    <message>
        <source>binary classification</source>
        <translation>binäre Klassifikation</translation>
    </message>
    <message>
        <source>{n} classes</source>
        <translation>{n} Klassen</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>{train} training + {test} test points · {n} feature · {kind}</source>
        <translation>{train} Trainings- + {test} Testpunkte · {n} Merkmal · {kind}</translation>
    </message>
    <message>
        <source>{train} training + {test} test points · {n} features · {kind}</source>
        <translation>{train} Trainings- + {test} Testpunkte · {n} Merkmale · {kind}</translation>
    </message>
    <message>
        <source>class {k}</source>
        <translation>Klasse {k}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>pick a generator or shipped dataset to regenerate</source>
        <translation>wählen Sie zum Neuerzeugen einen Generator oder mitgelieferten Datensatz</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>line {no}: {why}</source>
        <translation>Zeile {no}: {why}</translation>
    </message>
    <message>
        <source>… and {n} more (Show Details)</source>
        <translation>… und {n} weitere (Details anzeigen)</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Fehlende Werte</translation>
    </message>
    <message>
        <source>{head} (missing values):</source>
        <translation>{head} (fehlende Werte):</translation>
    </message>
    <message>
        <source>Drop this row and import the rest, or cancel and fill the cells in?</source>
        <translation>Diese Zeile weglassen und den Rest importieren, oder abbrechen und die Zellen ausfüllen?</translation>
    </message>
    <message>
        <source>Drop these {n} rows and import the rest, or cancel and fill the cells in?</source>
        <translation>Diese {n} Zeilen weglassen und den Rest importieren, oder abbrechen und die Zellen ausfüllen?</translation>
    </message>
    <message>
        <source>Drop 1 row</source>
        <translation>1 Zeile weglassen</translation>
    </message>
    <message>
        <source>Drop {n} rows</source>
        <translation>{n} Zeilen weglassen</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Split the file&apos;s rows again with this test fraction and seed</source>
        <translation>Die Zeilen der Datei mit diesem Testanteil und Startwert neu aufteilen</translation>
    </message>
    <message>
        <source>Drawn points have no test fraction: each point you add is a training point; pick a generator or import a CSV to split them</source>
        <translation>Gezeichnete Punkte haben keinen Testanteil: Jeder hinzugefügte Punkt ist ein Trainingspunkt; wählen Sie einen Generator oder importieren Sie eine CSV, um sie aufzuteilen</translation>
    </message>
    <message>
        <source>Drawn points have no seed: each point you add is a training point; pick a generator or import a CSV to split them</source>
        <translation>Gezeichnete Punkte haben keinen Startwert: Jeder hinzugefügte Punkt ist ein Trainingspunkt; wählen Sie einen Generator oder importieren Sie eine CSV, um sie aufzuteilen</translation>
    </message>
    <message>
        <source>Dataset panel</source>
        <translation>Datensatz-Bereich</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>ANN Studio — Hand in to</source>
        <translation>ANN Studio — Abgeben an</translation>
    </message>
    <message>
        <source>Hand in to:</source>
        <translation>Abgeben an:</translation>
    </message>
    <message>
        <source>A folder your teacher collects from (a share, a USB stick…)</source>
        <translation>Einen Ordner, aus dem Ihre Lehrkraft einsammelt (Netzlaufwerk, USB-Stick…)</translation>
    </message>
    <message>
        <source>The teacher&apos;s computer, over the classroom&apos;s network</source>
        <translation>Den Computer der Lehrkraft, über das Netz im Klassenraum</translation>
    </message>
    <message>
        <source>Write the hand-in file into a folder</source>
        <translation>Die Abgabedatei in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Send it to the address on the teacher&apos;s screen</source>
        <translation>An die Adresse auf dem Bildschirm der Lehrkraft senden</translation>
    </message>
    <message>
        <source>The teacher&apos;s address</source>
        <translation>Adresse der Lehrkraft</translation>
    </message>
    <message>
        <source>The address on the teacher&apos;s screen</source>
        <translation>Die Adresse auf dem Bildschirm der Lehrkraft</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Klassencode</translation>
    </message>
    <message>
        <source>The class code on the teacher&apos;s screen</source>
        <translation>Der Klassencode auf dem Bildschirm der Lehrkraft</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Class code:</source>
        <translation>Klassencode:</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>the engine process stopped unexpectedly</source>
        <translation>der Engine-Prozess wurde unerwartet beendet</translation>
    </message>
    <message>
        <source> (exit code {code})</source>
        <translation> (Exit-Code {code})</translation>
    </message>
    <message>
        <source>it exited before saying anything{exited}, {n} times in a row</source>
        <translation>er endete, bevor er etwas meldete{exited}, {n}-mal hintereinander</translation>
    </message>
    <message>
        <source>The engine process could not start: {why}</source>
        <translation>Der Engine-Prozess konnte nicht starten: {why}</translation>
    </message>
    <message>
        <source>the engine process stopped answering</source>
        <translation>der Engine-Prozess antwortet nicht mehr</translation>
    </message>
    <message>
        <source>The engine process (pid {pid}) has not answered for {seconds} s: it may be hung or stopped</source>
        <translation>Der Engine-Prozess (PID {pid}) hat seit {seconds} s nicht geantwortet: Er hängt vielleicht oder wurde beendet</translation>
    </message>
</context>
<context>
    <name>EngineMessages</name>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>Training divergiert</translation>
    </message>
    <message>
        <source>Engine process stopped</source>
        <translation>Engine-Prozess beendet</translation>
    </message>
    <message>
        <source>{why}. It was restarted with the last weights; press Run to continue.</source>
        <translation>{why}. Er wurde mit den letzten Gewichten neu gestartet; drücken Sie Start, um fortzufahren.</translation>
    </message>
    <message>
        <source>not responding</source>
        <translation>reagiert nicht</translation>
    </message>
    <message>
        <source>ANN Studio — Engine not responding</source>
        <translation>ANN Studio — Engine reagiert nicht</translation>
    </message>
    <message>
        <source>Restart engine</source>
        <translation>Engine neu starten</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Weiter warten</translation>
    </message>
    <message>
        <source>{why}. Restart it with the last weights? (Training pauses; press Run to continue.)</source>
        <translation>{why}. Mit den letzten Gewichten neu starten? (Das Training pausiert; drücken Sie Start, um fortzufahren.)</translation>
    </message>
    <message>
        <source>Engine not responding</source>
        <translation>Engine reagiert nicht</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>trainiert…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>Selected entry, with the numbers (click any cell)</source>
        <translation>Gewählter Eintrag, mit den Zahlen (beliebige Zelle anklicken)</translation>
    </message>
    <message>
        <source>{name} is hidden: predict it first (the box above), or press Show it.</source>
        <translation>{name} ist verborgen: sagen Sie es zuerst vorher (Feld oben) oder drücken Sie Zeigen.</translation>
    </message>
    <message>
        <source>{entry}: backprop {grad}, finite difference {fd}, difference {diff}</source>
        <translation>{entry}: Backpropagation {grad}, finite Differenz {fd}, Abweichung {diff}</translation>
    </message>
    <message>
        <source>finite difference: {fd}, difference {diff}</source>
        <translation>finite Differenz: {fd}, Abweichung {diff}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>ANN Studio files (*.annstudio *.challenge);;ANN Studio experiments (*.annstudio);;Challenges (*.challenge);;All files (*)</source>
        <translation>ANN-Studio-Dateien (*.annstudio *.challenge);;ANN-Studio-Experimente (*.annstudio);;Aufgaben (*.challenge);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>ANN Studio experiments (*.annstudio);;All files (*)</source>
        <translation>ANN-Studio-Experimente (*.annstudio);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the changes to {name} before closing it?</source>
        <translation>Änderungen an {name} vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>ANN Studio then closes</source>
        <translation>danach wird ANN Studio geschlossen</translation>
    </message>
    <message>
        <source>Save the changes to {name} before starting a new experiment?</source>
        <translation>Änderungen an {name} speichern, bevor ein neues Experiment beginnt?</translation>
    </message>
    <message>
        <source>the lecture run then replaces it</source>
        <translation>danach ersetzt es der Vorlesungslauf</translation>
    </message>
    <message>
        <source>Save the changes to {name} before opening another file?</source>
        <translation>Änderungen an {name} speichern, bevor eine andere Datei geöffnet wird?</translation>
    </message>
    <message>
        <source>the file you choose then replaces it</source>
        <translation>danach ersetzt es die gewählte Datei</translation>
    </message>
    <message>
        <source>Save the changes to {name} before opening the lesson?</source>
        <translation>Änderungen an {name} speichern, bevor die Lektion geöffnet wird?</translation>
    </message>
    <message>
        <source>the lesson then replaces it</source>
        <translation>danach ersetzt es die Lektion</translation>
    </message>
    <message>
        <source>Save the changes to {name} before changing the dataset?</source>
        <translation>Änderungen an {name} speichern, bevor der Datensatz geändert wird?</translation>
    </message>
    <message>
        <source>the new data then starts an untrained run</source>
        <translation>danach beginnen die neuen Daten einen untrainierten Lauf</translation>
    </message>
    <message>
        <source>Save the changes to {name} before changing the network?</source>
        <translation>Änderungen an {name} speichern, bevor das Netz geändert wird?</translation>
    </message>
    <message>
        <source>the new network then starts untrained</source>
        <translation>danach beginnt das neue Netz untrainiert</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>ANN Studio — Save changes?</source>
        <translation>ANN Studio — Änderungen speichern?</translation>
    </message>
    <message>
        <source>Discard loses the trained weights, the loss history and every edit since the last save; {then}. Cancel keeps everything as it is.</source>
        <translation>Verwerfen verliert die trainierten Gewichte, den Verlustverlauf und jede Änderung seit dem letzten Speichern; {then}. Abbrechen lässt alles, wie es ist.</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Experiment öffnen</translation>
    </message>
    <message>
        <source>ANN Studio — Replace a different kind of file?</source>
        <translation>ANN Studio — Datei anderer Art ersetzen?</translation>
    </message>
    <message>
        <source>{name} is {found}, not {wanted}. Replace it? Its contents will be lost.</source>
        <translation>{name} ist {found}, nicht {wanted}. Ersetzen? Ihr Inhalt geht verloren.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>Experiment speichern</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Automatisches Speichern fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>an untitled experiment</source>
        <translation>ein unbenanntes Experiment</translation>
    </message>
    <message>
        <source>ANN Studio — Recover unsaved work?</source>
        <translation>ANN Studio — Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>ANN Studio did not close properly last time. Recover the unsaved changes to {name} (autosaved {when})?</source>
        <translation>ANN Studio wurde beim letzten Mal nicht richtig beendet. Die ungespeicherten Änderungen an {name} wiederherstellen (automatisch gespeichert {when})?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Lessons are missing</source>
        <translation>Lektionen fehlen</translation>
    </message>
    <message>
        <source>Export PyTorch script (multi-GPU, torchrun)</source>
        <translation>PyTorch-Skript exportieren (Multi-GPU, torchrun)</translation>
    </message>
    <message>
        <source>Export PyTorch script</source>
        <translation>PyTorch-Skript exportieren</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python-Skripte (*.py)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>{name} is the experiment open in this window; choose another name for the script</source>
        <translation>{name} ist das in diesem Fenster geöffnete Experiment; wählen Sie einen anderen Namen für das Skript</translation>
    </message>
    <message>
        <source>Export loss history</source>
        <translation>Verlustverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Save window as PNG</source>
        <translation>Fenster als PNG speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>GradNormView</name>
    <message>
        <source>Gradient norm per layer ‖∂L/∂W_i‖ (mini-batch, sampled ~30×/s)</source>
        <translation>Gradientennorm je Schicht ‖∂L/∂W_i‖ (Mini-Batch, ~30×/s abgetastet)</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>log. Skala</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
</context>
<context>
    <name>HandinServer</name>
    <message>
        <source>{address} is not an IPv4 address of this computer</source>
        <translation>{address} ist keine IPv4-Adresse dieses Computers</translation>
    </message>
    <message>
        <source>port {port} on {address} is already in use (another hand-in server?); choose another port</source>
        <translation>Port {port} auf {address} ist schon belegt (ein anderer Abgabe-Server?); einen anderen Port wählen</translation>
    </message>
    <message>
        <source>cannot receive hand-ins on {address}:{port}: {problem}</source>
        <translation>Abgaben können auf {address}:{port} nicht empfangen werden: {problem}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About ANN Studio</source>
        <translation>Über ANN Studio</translation>
    </message>
    <message>
        <source>Watch fully connected neural networks learn, step through backpropagation in the lecture&apos;s notation, and export the same model to PyTorch.</source>
        <translation>Sehen Sie vollständig verbundenen neuronalen Netzen beim Lernen zu, gehen Sie die Rückpropagierung Schritt für Schritt in der Notation der Vorlesung durch und exportieren Sie dasselbe Modell nach PyTorch.</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Step-through inspector</source>
        <translation>Schritt-für-Schritt-Inspektor</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>SGD step</source>
        <translation>SGD-Schritt</translation>
    </message>
    <message>
        <source>Lecture numbering (1 = output)</source>
        <translation>Nummerierung der Vorlesung (1 = Ausgabe)</translation>
    </message>
    <message>
        <source>PyTorch order (fc1 = input side)</source>
        <translation>PyTorch-Reihenfolge (fc1 = Eingabeseite)</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Schrittweise</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>Mini-Batch</translation>
    </message>
    <message>
        <source>Number layers as the lecture does (from the output) or as PyTorch does (fc1, fc2, … from the input)</source>
        <translation>Schichten wie in der Vorlesung nummerieren (ab der Ausgabe) oder wie PyTorch (fc1, fc2, … ab der Eingabe)</translation>
    </message>
    <message>
        <source>Layer numbering</source>
        <translation>Nummerierung der Schichten</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Significant digits</source>
        <translation>Signifikante Stellen</translation>
    </message>
    <message>
        <source>Significant digits shown (hover a cell for the full value)</source>
        <translation>Angezeigte signifikante Stellen (Mauszeiger auf eine Zelle zeigt den vollen Wert)</translation>
    </message>
    <message>
        <source>Follow live weights</source>
        <translation>Live-Gewichten folgen</translation>
    </message>
    <message>
        <source>Checked: the inspector shows the network as it trains.
Unchecked: frozen at the weights it has now.</source>
        <translation>Angehakt: der Inspektor zeigt das Netz, während es trainiert.
Nicht angehakt: eingefroren bei den jetzigen Gewichten.</translation>
    </message>
    <message>
        <source>Predict, then check: each step hides the value it is about to show; type your prediction (or pick its sign) and the inspector grades it and shows the worked formula. Right within {rel} (or {abs} near zero).</source>
        <translation>Vorhersagen, dann prüfen: jeder Schritt verbirgt den Wert, den er gleich zeigt; geben Sie Ihre Vorhersage ein (oder wählen Sie das Vorzeichen), der Inspektor bewertet sie und zeigt die ausgerechnete Formel. Richtig innerhalb von {rel} (oder {abs} nahe null).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo {edit} (Ctrl+Z)</source>
        <translation>Rückgängig: {edit} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {edit} (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: {edit} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>the network takes {n} input(s), the point has {m}</source>
        <translation>das Netz hat {n} Eingabe(n), der Punkt hat {m}</translation>
    </message>
    <message>
        <source>set {entry} = {value}</source>
        <translation>{entry} = {value} setzen</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>random, filter-normalised (Li et al. 2018)</source>
        <translation>zufällig, filternormiert (Li et al. 2018)</translation>
    </message>
    <message>
        <source>PCA of the recorded path</source>
        <translation>PCA des aufgezeichneten Pfads</translation>
    </message>
    <message>
        <source>Press Compute map.</source>
        <translation>Auf „Karte berechnen“ drücken.</translation>
    </message>
    <message>
        <source>decision boundary at the chosen weights</source>
        <translation>Entscheidungsgrenze bei den gewählten Gewichten</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Richtungen</translation>
    </message>
    <message>
        <source>Random: two Gaussian directions, each unit&apos;s weights scaled to the unit&apos;s own norm. PCA: the two directions along which the recorded path moved most.</source>
        <translation>Zufällig: zwei gaußsche Richtungen, die Gewichte jedes Neurons auf dessen eigene Norm skaliert. PCA: die beiden Richtungen, in die sich der aufgezeichnete Pfad am stärksten bewegt hat.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source> × same</source>
        <translation> × gleich</translation>
    </message>
    <message>
        <source>Compute map</source>
        <translation>Karte berechnen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Go back to the weights before the last click on the map</source>
        <translation>Zu den Gewichten vor dem letzten Klick auf die Karte zurückkehren</translation>
    </message>
    <message>
        <source>log₁₀ training loss over the plane</source>
        <translation>log₁₀ Trainingsverlust über der Ebene</translation>
    </message>
    <message>
        <source>α (along d₁)</source>
        <translation>α (entlang d₁)</translation>
    </message>
    <message>
        <source>β (along d₂)</source>
        <translation>β (entlang d₂)</translation>
    </message>
    <message>
        <source>No map yet: press Compute map.</source>
        <translation>Noch keine Karte: „Karte berechnen“ drücken.</translation>
    </message>
    <message>
        <source>PCA directions need a recorded path: train first, or choose random directions.</source>
        <translation>PCA-Richtungen brauchen einen aufgezeichneten Pfad: erst trainieren oder zufällige Richtungen wählen.</translation>
    </message>
    <message>
        <source>computing the map…</source>
        <translation>Karte wird berechnet…</translation>
    </message>
    <message>
        <source>; the path&apos;s variance along d₁, d₂: {p1}%, {p2}%</source>
        <translation>; Varianz des Pfads entlang d₁, d₂: {p1}&#xa0;% und {p2}&#xa0;%</translation>
    </message>
    <message>
        <source>The white line is the path of the run (square: its start).</source>
        <translation>Die weiße Linie ist der Pfad des Laufs (Quadrat: sein Start).</translation>
    </message>
    <message>
        <source>Loss at the current weights (×): {loss}; lowest on the map {lowest}{explained}.{path} Click the map to move the weights there.</source>
        <translation>Verlust bei den aktuellen Gewichten (×): {loss}; niedrigster auf der Karte {lowest}{explained}.{path} Klicken Sie auf die Karte, um die Gewichte dorthin zu setzen.</translation>
    </message>
    <message>
        <source>Weights set: training loss {loss} (Undo goes back).</source>
        <translation>Gewichte gesetzt: Trainingsverlust {loss} („Rückgängig“ geht zurück).</translation>
    </message>
    <message>
        <source>Weights set at α = {alpha}, β = {beta}: training loss {loss} (Undo goes back).</source>
        <translation>Gewichte gesetzt bei α = {alpha}; β = {beta}: Trainingsverlust {loss} („Rückgängig“ geht zurück).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>ANN Studio will speak {language} when you start it again.</source>
        <translation>ANN Studio spricht {language}, sobald Sie es neu starten.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language of this computer, where ANN Studio speaks it; else English</source>
        <translation>Die Sprache dieses Computers, sofern ANN Studio sie spricht; sonst Englisch</translation>
    </message>
    <message>
        <source>ANN Studio in {language}, from its next start</source>
        <translation>ANN Studio auf {language}, ab dem nächsten Start</translation>
    </message>
</context>
<context>
    <name>LayerView</name>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Which layer to look at (lecture numbering: layer 1 is the output layer)</source>
        <translation>Welche Schicht angezeigt wird (Nummerierung der Vorlesung: Schicht 1 ist die Ausgabeschicht)</translation>
    </message>
    <message>
        <source>Each neuron over the input plane (click one)</source>
        <translation>Jedes Neuron über der Eingabeebene (eines anklicken)</translation>
    </message>
    <message>
        <source>Samples × neurons (sorted by class)</source>
        <translation>Beispiele × Neuronen (nach Klasse sortiert)</translation>
    </message>
    <message>
        <source>W (inputs × neurons)</source>
        <translation>W (Eingänge × Neuronen)</translation>
    </message>
    <message>
        <source>{layer} (output): {inputs} → {neurons}, {act}</source>
        <translation>{layer} (Ausgabe): {inputs} → {neurons}, {act}</translation>
    </message>
    <message>
        <source>{layer} (hidden): {inputs} → {neurons}, {act}</source>
        <translation>{layer} (verborgen): {inputs} → {neurons}, {act}</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Each neuron z along x1, one strip per neuron (±{scale}; click one to enlarge)</source>
        <translation>Jedes Neuron z entlang x1, ein Streifen je Neuron (±{scale}; zum Vergrößern anklicken)</translation>
    </message>
    <message>
        <source>Each neuron z over the input plane (±{scale}; click one to enlarge)</source>
        <translation>Jedes Neuron z über der Eingabeebene (±{scale}; zum Vergrößern anklicken)</translation>
    </message>
    <message>
        <source>The output layer: see the data view.</source>
        <translation>Die Ausgabeschicht: siehe Datenansicht.</translation>
    </message>
    <message>
        <source>Drawn for 1 or 2 input features; this network has {n}.</source>
        <translation>Gezeichnet für 1 oder 2 Eingabemerkmale; dieses Netz hat {n}.</translation>
    </message>
    <message>
        <source>Each neuron over the input plane</source>
        <translation>Jedes Neuron über der Eingabeebene</translation>
    </message>
    <message>
        <source>{samples} samples × {neurons} neurons (by target; ±{scale})</source>
        <translation>{samples} Beispiele × {neurons} Neuronen (nach Zielwert; ±{scale})</translation>
    </message>
    <message>
        <source>{samples} samples × {neurons} neurons (by class; ±{scale})</source>
        <translation>{samples} Beispiele × {neurons} Neuronen (nach Klasse; ±{scale})</translation>
    </message>
    <message>
        <source>{name}: {inputs} inputs × {neurons} neurons (±{scale})</source>
        <translation>{name}: {inputs} Eingänge × {neurons} Neuronen (±{scale})</translation>
    </message>
    <message>
        <source>orange &lt; 0 &lt; blue</source>
        <translation>orange &lt; 0 &lt; blau</translation>
    </message>
</context>
<context>
    <name>LecturePresets</name>
    <message>
        <source>¬XOR by hand (lecture §2)</source>
        <translation>¬XOR von Hand (Vorlesung §2)</translation>
    </message>
    <message>
        <source>Lecture moons (§4)</source>
        <translation>Monde der Vorlesung (§4)</translation>
    </message>
    <message>
        <source>Lecture presets</source>
        <translation>Vorlesungsbeispiele</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>¬XOR by hand (lecture §2)</source>
        <translation>¬XOR von Hand (Vorlesung §2)</translation>
    </message>
    <message>
        <source>The lecture&apos;s hand-set network: two inputs, a hidden layer of two ReLU units and a σ output, with W₂ = [[1, −1], [−1, 1]], b₂ = (0, 0), W₁ = [[−1], [−1]], b₁ = 1/2. The plots call the inputs x1 and x2 (the lecture calls them x₀ and x₁). The hidden units compute max(x1 − x2, 0) and max(x2 − x1, 0), so the output is σ(1/2) ≈ 0.62 for (0,0) and (1,1) and σ(−1/2) ≈ 0.38 for (1,0) and (0,1): points with equal coordinates are class 1. Step through one point in the inspector to see every u and z of the lecture. Numbering: the lecture&apos;s worked ¬XOR example and its backprop derivation give u and z an index one higher than its code: uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ with output z₁ (it writes u₃,₀ = x₀ − x₁). ANN Studio follows the lecture&apos;s code: uᵢ = zᵢWᵢ + bᵢ with output z₀, so the example&apos;s u₃ is u₂ here and its z₁ is z₀. The weights W₂, b₂, W₁, b₁ have the same names in both. Then press Run: in 50 epochs SGD pushes the outputs apart (equal coordinates towards 1, the others towards 0) and the loss falls from 0.47 to 0.35.</source>
        <translation>Das von Hand gesetzte Netz der Vorlesung: zwei Eingaben, eine verborgene Schicht aus zwei ReLU-Neuronen und eine σ-Ausgabe, mit W₂ = [[1, −1], [−1, 1]], b₂ = (0, 0), W₁ = [[−1], [−1]], b₁ = 1/2. Die Diagramme nennen die Eingaben x1 und x2 (die Vorlesung nennt sie x₀ und x₁). Die verborgenen Neuronen berechnen max(x1 − x2, 0) und max(x2 − x1, 0); die Ausgabe ist daher σ(1/2) ≈ 0,62 für (0, 0) und (1, 1) und σ(−1/2) ≈ 0,38 für (1, 0) und (0, 1): Punkte mit gleichen Koordinaten gehören zu Klasse 1. Gehen Sie im Inspektor einen Punkt Schritt für Schritt durch, um jedes u und z der Vorlesung zu sehen. Nummerierung: Das durchgerechnete ¬XOR-Beispiel der Vorlesung und ihre Herleitung der Rückpropagierung geben u und z einen um eins höheren Index als ihr Code: uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ mit der Ausgabe z₁ (dort steht u₃,₀ = x₀ − x₁). ANN Studio folgt dem Code der Vorlesung: uᵢ = zᵢWᵢ + bᵢ mit der Ausgabe z₀; das u₃ des Beispiels ist hier also u₂ und sein z₁ ist z₀. Die Gewichte W₂, b₂, W₁, b₁ heißen in beiden gleich. Drücken Sie dann „Start“: In 50 Epochen schiebt SGD die Ausgaben auseinander (gleiche Koordinaten in Richtung 1, die anderen in Richtung 0), und der Verlust fällt von 0,47 auf 0,35.</translation>
    </message>
    <message>
        <source>Two moons with SGD (lecture §4)</source>
        <translation>Zwei Monde mit SGD (Vorlesung §4)</translation>
    </message>
    <message>
        <source>The lecture&apos;s run: 500 two-moons points with noise 0.1 (what the lecture&apos;s printed points fit), all of them used for training as in the lecture (no test set), a 2 → 20 → 40 → 20 → 1 network with ReLU hidden layers and a σ output, mini-batches of 10, plain SGD with learning rate 0.015 for 50 epochs. The loss starts at about 0.69 (= log 2, a network that says 1/2 everywhere) and creeps for 10 to 20 epochs while the small initial weights grow (still above 0.66 at epoch 10 on every seed), then falls to about 0.24 by epoch 50. The lecture shows 0.35 by epoch 15: that was a lucky initialisation — its own code gives a median of 0.68 at epoch 15 over 40 seeds, and here the median over ten seeds is 0.66. After 50 epochs the boundary is still nearly a straight line (about 89 % of the points right); keep training and it bends around the moons: on most seeds 99 % by epoch 150.</source>
        <translation>Der Lauf der Vorlesung: 500 Punkte der zwei Monde mit Rauschen 0,1 (dazu passen die in der Vorlesung gedruckten Punkte), alle zum Training verwendet wie in der Vorlesung (keine Testdaten), ein Netz 2 → 20 → 40 → 20 → 1 mit ReLU in den verborgenen Schichten und σ-Ausgabe, Mini-Batches zu 10, einfaches SGD mit Lernrate 0,015 über 50 Epochen. Der Verlust beginnt bei etwa 0,69 (= log 2, ein Netz, das überall 1/2 sagt) und kriecht 10 bis 20 Epochen lang, während die kleinen Anfangsgewichte wachsen (in Epoche 10 bei jedem Seed noch über 0,66); dann fällt er bis Epoche 50 auf etwa 0,24. Die Vorlesung zeigt 0,35 in Epoche 15: Das war eine glückliche Initialisierung — ihr eigener Code ergibt über 40 Seeds einen Median von 0,68 in Epoche 15, und hier ist der Median über zehn Seeds 0,66. Nach 50 Epochen ist die Entscheidungsgrenze noch fast eine Gerade (etwa 89 % der Punkte richtig); trainieren Sie weiter, und sie biegt sich um die Monde: bei den meisten Seeds 99 % bis Epoche 150.</translation>
    </message>
    <message>
        <source>Two moons with the lecture&apos;s momentum</source>
        <translation>Zwei Monde mit dem Momentum der Vorlesung</translation>
    </message>
    <message>
        <source>The same network and data, trained with the lecture&apos;s momentum: ΔW_t = (1 − η)ΔW_{t−1} + η∇Q(W_t), W ← W − αΔW_t with α = 0.04 and η = 0.7, for 30 epochs. The loss falls much sooner than in the SGD lesson (about 0.26 at epoch 15, against 0.66) — but not because of the averaging: the convex form (1 − η)ΔW + η∇ never makes a step larger than the gradient&apos;s, and plain SGD with lr 0.04 gives nearly the same curve (within 0.01 at epoch 15 on every seed). The speed-up is only α = 0.04 &gt; 0.015. Switch the optimizer to SGD with lr 0.04 and compare. (The lecture&apos;s own momentum run rises in its first epoch because its code flips the sign of the first step; the app implements the formula.)</source>
        <translation>Dasselbe Netz und dieselben Daten, trainiert mit dem Momentum der Vorlesung: ΔW_t = (1 − η)ΔW_{t−1} + η∇Q(W_t), W ← W − αΔW_t mit α = 0,04 und η = 0,7, über 30 Epochen. Der Verlust fällt viel früher als in der SGD-Lektion (etwa 0,26 in Epoche 15 gegenüber 0,66) — aber nicht wegen der Mittelung: Die konvexe Form (1 − η)ΔW + η∇ macht nie einen größeren Schritt als der Gradient, und einfaches SGD mit lr 0,04 ergibt fast dieselbe Kurve (in Epoche 15 bei jedem Seed höchstens 0,01 Unterschied). Die Beschleunigung kommt allein von α = 0,04 &gt; 0,015. Stellen Sie den Optimierer auf SGD mit lr 0,04 um und vergleichen Sie. (Der Momentum-Lauf der Vorlesung steigt in seiner ersten Epoche, weil ihr Code das Vorzeichen des ersten Schritts umkehrt; die App setzt die Formel um.)</translation>
    </message>
    <message>
        <source>Two moons with Adagrad</source>
        <translation>Zwei Monde mit Adagrad</translation>
    </message>
    <message>
        <source>Adagrad divides each gradient component by the square root of the running sum of its squares: G ← G + ∇², W ← W − η∇/(√G + ε). Components that have seen large gradients take smaller steps, rarely-updated ones keep larger steps. G only grows, so each component&apos;s step η/(√G + ε) can only shrink. Here η = 0.05 on the lecture&apos;s moons for 30 epochs: the loss falls below 0.1 on every seed, to about 0.003 on most. (The lecture writes the update with +, which would climb the loss: a typo; its code puts ε inside the root, √(G + ε).)</source>
        <translation>Adagrad teilt jede Komponente des Gradienten durch die Wurzel der laufenden Summe ihrer Quadrate: G ← G + ∇², W ← W − η∇/(√G + ε). Komponenten, die große Gradienten gesehen haben, machen kleinere Schritte, selten aktualisierte behalten größere. G wächst nur, also kann der Schritt η/(√G + ε) jeder Komponente nur schrumpfen. Hier η = 0,05 auf den Monden der Vorlesung über 30 Epochen: Der Verlust fällt bei jedem Seed unter 0,1, bei den meisten auf etwa 0,003. (Die Vorlesung schreibt das Update mit +, was den Verlust hinaufsteigen würde: ein Tippfehler; ihr Code setzt ε unter die Wurzel, √(G + ε).)</translation>
    </message>
    <message>
        <source>Two moons with RMSProp</source>
        <translation>Zwei Monde mit RMSProp</translation>
    </message>
    <message>
        <source>RMSProp replaces Adagrad&apos;s ever-growing sum by a decaying average, v ← γv + (1 − γ)∇², W ← W − η∇/(√v + ε), so the step size does not shrink to nothing. Here torch&apos;s per-component form with η = 0.002 and γ = 0.99 (torch calls γ alpha) for 30 epochs: the loss falls below 0.02, to about 0.004 on most seeds. Switch the optimizer to &apos;RMSProp (lecture form)&apos; to try the lecture&apos;s variant with one v per weight matrix.</source>
        <translation>RMSProp ersetzt die immer weiter wachsende Summe von Adagrad durch einen abklingenden Mittelwert, v ← γv + (1 − γ)∇², W ← W − η∇/(√v + ε), sodass die Schrittweite nicht auf null schrumpft. Hier die komponentenweise Form von torch mit η = 0,002 und γ = 0,99 (torch nennt γ alpha) über 30 Epochen: Der Verlust fällt unter 0,02, bei den meisten Seeds auf etwa 0,004. Stellen Sie den Optimierer auf „RMSProp (Vorlesungsform)“, um die Variante der Vorlesung mit einem v pro Gewichtsmatrix auszuprobieren.</translation>
    </message>
    <message>
        <source>Two moons with Adam</source>
        <translation>Zwei Monde mit Adam</translation>
    </message>
    <message>
        <source>Adam combines momentum (an average m of the gradients) with RMSProp&apos;s scaling (an average v of their squares), both bias-corrected: W ← W − lr·m̂/(√v̂ + ε). It is not the lecture&apos;s training loop (that is plain SGD): the lecture lists it among the other optimizers torch offers. With lr = 0.002 the loss is below 0.25 by epoch 15 and below 0.04 by epoch 30 (about 0.007 on most seeds). Try lr = 0.0005: too small a step, still about 0.16 at epoch 30. Try lr = 0.01: the loss drops fastest (below 0.02 by epoch 10) but the curve is jagged: steps too large for the valley overshoot and the loss climbs back up now and then.</source>
        <translation>Adam verbindet Momentum (ein Mittelwert m der Gradienten) mit der Skalierung von RMSProp (ein Mittelwert v ihrer Quadrate), beide mit Bias-Korrektur: W ← W − lr·m̂/(√v̂ + ε). Das ist nicht die Trainingsschleife der Vorlesung (dort ist es einfaches SGD): Die Vorlesung nennt Adam unter den weiteren Optimierern, die torch anbietet. Mit lr = 0,002 liegt der Verlust bis Epoche 15 unter 0,25 und bis Epoche 30 unter 0,04 (bei den meisten Seeds etwa 0,007). Probieren Sie lr = 0,0005: ein zu kleiner Schritt, in Epoche 30 noch etwa 0,16. Probieren Sie lr = 0,01: Der Verlust fällt am schnellsten (bis Epoche 10 unter 0,02), aber die Kurve ist zackig: Für das Tal zu große Schritte schießen darüber hinaus, und der Verlust steigt ab und zu wieder an.</translation>
    </message>
    <message>
        <source>XOR without a hidden layer (it cannot work)</source>
        <translation>XOR ohne verborgene Schicht (das geht nicht)</translation>
    </message>
    <message>
        <source>A network with no hidden layer is logistic regression: σ(x W + b) is above 1/2 on one side of the straight line x W + b = 0. XOR&apos;s classes sit in opposite quadrants, and no single line separates them — at best it gets three quadrants right (75 %), and gradient descent stays near 50 % with the loss stuck close to log 2 ≈ 0.69. Add the derived feature x1·x2 and it is above 90 % within 5 epochs; add one hidden layer of 8 ReLU units instead and, on most seeds, it climbs past 90 % within 30 epochs (a run whose units die stays lower: try another seed).</source>
        <translation>Ein Netz ohne verborgene Schicht ist logistische Regression: σ(x W + b) liegt auf einer Seite der Geraden x W + b = 0 über 1/2. Die Klassen von XOR liegen in gegenüberliegenden Quadranten, und keine einzelne Gerade trennt sie — bestenfalls stimmen drei Quadranten (75 %), und der Gradientenabstieg bleibt bei etwa 50 %, der Verlust hängt nahe log 2 ≈ 0,69 fest. Fügen Sie das abgeleitete Merkmal x1·x2 hinzu, und es liegt innerhalb von 5 Epochen über 90 %; fügen Sie stattdessen eine verborgene Schicht aus 8 ReLU-Neuronen hinzu, und es steigt bei den meisten Seeds innerhalb von 30 Epochen über 90 % (ein Lauf, dessen Neuronen absterben, bleibt darunter: probieren Sie einen anderen Seed).</translation>
    </message>
    <message>
        <source>Spirals need depth</source>
        <translation>Spiralen brauchen Tiefe</translation>
    </message>
    <message>
        <source>Three interleaved spiral arms. A single hidden layer of 4 ReLU units (27 parameters) can only bend the boundary a few times and stays near 60 % of the training points. Three layers of 16 units (643 parameters) pass 95 % within 15 epochs, because each layer folds the plane again. Is it just the number of parameters? One layer of 107 units has as many (645), yet at epoch 10 it gets about 10 % fewer of the points right. Change the hidden layers and compare the decision boundaries.</source>
        <translation>Drei ineinander verschlungene Spiralarme. Eine einzige verborgene Schicht aus 4 ReLU-Neuronen (27 Parameter) kann die Entscheidungsgrenze nur wenige Male biegen und bleibt bei etwa 60 % der Trainingspunkte. Drei Schichten zu 16 Neuronen (643 Parameter) überschreiten 95 % innerhalb von 15 Epochen, weil jede Schicht die Ebene noch einmal faltet. Liegt es nur an der Zahl der Parameter? Eine Schicht aus 107 Neuronen hat ebenso viele (645), und doch trifft sie in Epoche 10 etwa 10 % weniger Punkte richtig. Ändern Sie die verborgenen Schichten und vergleichen Sie die Entscheidungsgrenzen.</translation>
    </message>
    <message>
        <source>Deep sigmoid networks and vanishing gradients</source>
        <translation>Tiefe Sigmoid-Netze und verschwindende Gradienten</translation>
    </message>
    <message>
        <source>Eight hidden layers of 10 σ units on the moons. σ&apos;(u) = σ(u)σ(−u) is at most 1/4, and backpropagation multiplies one such factor (and a Wᵀ) per layer, so the gradient reaching the first layer is more than a thousand times smaller than at the output: look at the per-layer gradient norms. The loss hardly moves from log 2 in 30 epochs. Switch the hidden activations to ReLU (or keep two σ layers) and the same training brings the loss below 0.35.</source>
        <translation>Acht verborgene Schichten aus je 10 σ-Neuronen auf den Monden. σ&apos;(u) = σ(u)σ(−u) ist höchstens 1/4, und die Rückpropagierung multipliziert pro Schicht mit einem solchen Faktor (und einem Wᵀ); der Gradient, der die erste Schicht erreicht, ist daher mehr als tausendmal kleiner als an der Ausgabe: Sehen Sie sich die Gradientennormen pro Schicht an. Der Verlust bewegt sich in 30 Epochen kaum von log 2 weg. Stellen Sie die verborgenen Aktivierungsfunktionen auf ReLU um (oder behalten Sie nur zwei σ-Schichten), und dasselbe Training bringt den Verlust unter 0,35.</translation>
    </message>
    <message>
        <source>Regression of a noisy sine</source>
        <translation>Regression eines verrauschten Sinus</translation>
    </message>
    <message>
        <source>200 points y = sin(x) + noise (std 0.1) on [−3, 3], a 1 → 20 → 20 → 1 network with tanh hidden units and an identity output, mean squared error, Adam with lr = 0.01. The curve first fits a straight line, then bends to the sine. The loss comes down to about 0.015 by epoch 100, close to the noise variance 0.01 and (on almost every seed) not below it — fitting far below that would be fitting the noise. R² is shown instead of accuracy.</source>
        <translation>200 Punkte y = sin(x) + Rauschen (Standardabweichung 0,1) auf [−3, 3], ein Netz 1 → 20 → 20 → 1 mit tanh in den verborgenen Neuronen und identischer Ausgabe, mittlerer quadratischer Fehler, Adam mit lr = 0,01. Die Kurve passt sich zuerst als Gerade an und biegt sich dann zum Sinus. Der Verlust sinkt bis Epoche 100 auf etwa 0,015, nahe an die Varianz des Rauschens 0,01 und (bei fast jedem Seed) nicht darunter — weit darunter hieße, das Rauschen zu lernen. Statt der Genauigkeit wird R² angezeigt.</translation>
    </message>
    <message>
        <source>Misconception: a bigger learning rate is always faster</source>
        <translation>Irrtum: Eine größere Lernrate ist immer schneller</translation>
    </message>
    <message>
        <source>The learning rate is the length of each step downhill. The lecture&apos;s lr = 0.015 crawls at first. So bigger must be better? Predict each run, then run and see. Too long a step jumps over the valley and the loss goes up and down without getting anywhere; the fastest rate is large, but not too large.</source>
        <translation>Die Lernrate ist die Länge jedes Schritts bergab. Mit dem lr = 0,015 der Vorlesung geht es anfangs nur schleppend voran. Also muss größer besser sein? Sagen Sie jeden Lauf vorher, dann trainieren Sie und sehen nach. Ein zu langer Schritt springt über das Tal hinweg, und der Verlust geht auf und ab, ohne voranzukommen; die schnellste Lernrate ist groß, aber nicht zu groß.</translation>
    </message>
    <message>
        <source>Misconception: starting from zero weights works</source>
        <translation>Irrtum: Mit Nullgewichten zu beginnen funktioniert</translation>
    </message>
    <message>
        <source>Why does the lecture start from small random weights, 0.1·N(0, 1), and not simply from zero? With every weight 0, every hidden unit of a layer computes the same u, gets the same gradient and stays the same as its neighbours — and with ReLU, u = 0 sits where the gradient h(0) is 0, so no weight ever moves: only the output&apos;s bias learns, and all it can learn is the share of each class. Predict what a run does, then check.</source>
        <translation>Warum beginnt die Vorlesung mit kleinen zufälligen Gewichten, 0,1·N(0, 1), und nicht einfach mit null? Sind alle Gewichte 0, berechnet jedes verborgene Neuron einer Schicht dasselbe u, erhält denselben Gradienten und bleibt seinen Nachbarn gleich — und mit ReLU liegt u = 0 genau dort, wo der Gradient h(0) gleich 0 ist; kein Gewicht bewegt sich je: Nur der Bias der Ausgabe lernt, und er kann nur den Anteil jeder Klasse lernen. Sagen Sie vorher, was ein Lauf tut, und prüfen Sie es dann.</translation>
    </message>
    <message>
        <source>Misconception: more neurons are always better</source>
        <translation>Irrtum: Mehr Neuronen sind immer besser</translation>
    </message>
    <message>
        <source>A bigger network can fit more, so it should always be better? Here are 400 noisy moon points; the network trains on only 50 of them, the other 350 are a test set it never sees. A network with 2 × 64 hidden units fits the training points better — and the test points worse: it learns the noise of the 50 points it sees, and its test loss grows while it becomes sure of wrong answers. A small network can do better where it counts.</source>
        <translation>Ein größeres Netz kann mehr anpassen, also sollte es immer besser sein? Hier sind 400 verrauschte Mondpunkte; das Netz trainiert nur auf 50 davon, die anderen 350 sind Testdaten, die es nie sieht. Ein Netz mit 2 × 64 verborgenen Neuronen passt sich den Trainingspunkten besser an — und den Testpunkten schlechter: Es lernt das Rauschen der 50 Punkte, die es sieht, und sein Testverlust wächst, während es sich falscher Antworten sicher wird. Ein kleines Netz kann dort besser sein, wo es zählt.</translation>
    </message>
    <message>
        <source>Misconception: the training loss always goes down</source>
        <translation>Irrtum: Der Trainingsverlust sinkt immer</translation>
    </message>
    <message>
        <source>Gradient descent steps downhill, so the loss can only fall? Each step follows the gradient of one mini-batch of 10 points, not of the whole set, and a step can overshoot. Watch the &apos;per step&apos; curve and the epoch curve: predict, then run.</source>
        <translation>Der Gradientenabstieg geht bergab, also kann der Verlust nur fallen? Jeder Schritt folgt dem Gradienten eines Mini-Batches aus 10 Punkten, nicht dem des ganzen Datensatzes, und ein Schritt kann zu weit gehen. Beobachten Sie die Kurve „pro Schritt“ und die Epochenkurve: erst vorhersagen, dann trainieren.</translation>
    </message>
    <message>
        <source>Race: the lecture&apos;s optimizers from the same start</source>
        <translation>Rennen: die Optimierer der Vorlesung vom selben Start</translation>
    </message>
    <message>
        <source>The lecture&apos;s five optimizers race on the lecture&apos;s moons (500 points, noise 0.1; 2 → 20 → 40 → 20 → 1 with ReLU and a σ output; batches of 10), each with the settings of its own lesson: SGD lr 0.015, the lecture&apos;s momentum α 0.04 η 0.7, Adagrad lr 0.05, RMSProp lr 0.002 and Adam lr 0.002. All five start from the same initial weights and see the same mini-batches in the same order, so their curves differ only by the optimizer: all start at the same loss, near log 2 ≈ 0.69. Open Compare → Optimizer race… and press Start race (30 epochs); on the command line, annstudio race with one --racer &quot;NAME k=v&quot; per optimizer does the same. Predict before you start: which racers are still above loss 0.1 at the end?</source>
        <translation>Die fünf Optimierer der Vorlesung treten auf den Monden der Vorlesung gegeneinander an (500 Punkte, Rauschen 0,1; 2 → 20 → 40 → 20 → 1 mit ReLU und σ-Ausgabe; Mini-Batches zu 10), jeder mit den Einstellungen seiner eigenen Lektion: SGD lr 0,015, das Momentum der Vorlesung α 0,04 η 0,7, Adagrad lr 0,05, RMSProp lr 0,002 und Adam lr 0,002. Alle fünf beginnen mit denselben Anfangsgewichten und sehen dieselben Mini-Batches in derselben Reihenfolge; ihre Kurven unterscheiden sich also nur durch den Optimierer: Alle starten beim selben Verlust, nahe log 2 ≈ 0,69. Öffnen Sie Vergleichen → Optimierer-Rennen… und drücken Sie „Rennen starten“ (30 Epochen); auf der Kommandozeile tut annstudio race mit einem --racer &quot;NAME k=v&quot; pro Optimierer dasselbe. Sagen Sie vor dem Start vorher: Welche Teilnehmer liegen am Ende noch über Verlust 0,1?</translation>
    </message>
    <message>
        <source>After 30 epochs, which racers are still above a training loss of 0.1?</source>
        <translation>Welche Teilnehmer liegen nach 30 Epochen noch über einem Trainingsverlust von 0,1?</translation>
    </message>
    <message>
        <source>None of them</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>SGD and the lecture&apos;s momentum</source>
        <translation>SGD und das Momentum der Vorlesung</translation>
    </message>
    <message>
        <source>Only SGD</source>
        <translation>Nur SGD</translation>
    </message>
    <message>
        <source>All but Adam</source>
        <translation>Alle außer Adam</translation>
    </message>
    <message>
        <source>On every seed SGD (median 0.30) and the lecture&apos;s momentum (median 0.22) are still far above 0.1, while Adagrad, RMSProp and Adam, which scale each component&apos;s step, are below it (medians 0.003, 0.004 and 0.007). Which of those three ends lowest changes from seed to seed: press Try another seed and race again. Press Run to train Adam in the window.</source>
        <translation>Bei jedem Seed liegen SGD (Median 0,30) und das Momentum der Vorlesung (Median 0,22) noch weit über 0,1, während Adagrad, RMSProp und Adam, die den Schritt jeder Komponente skalieren, darunter liegen (Mediane 0,003, 0,004 und 0,007). Welcher dieser drei am tiefsten endet, wechselt von Seed zu Seed: Drücken Sie „Anderer Seed“ und lassen Sie das Rennen erneut laufen. Drücken Sie „Start“, um Adam im Fenster zu trainieren.</translation>
    </message>
    <message>
        <source>Will a network with no hidden layer separate XOR?</source>
        <translation>Trennt ein Netz ohne verborgene Schicht XOR?</translation>
    </message>
    <message>
        <source>Yes, after enough epochs</source>
        <translation>Ja, nach genügend Epochen</translation>
    </message>
    <message>
        <source>No: it stays near 50 % — a line cannot do it</source>
        <translation>Nein: Es bleibt bei etwa 50 % — eine Gerade schafft das nicht</translation>
    </message>
    <message>
        <source>Yes, if the learning rate is large enough</source>
        <translation>Ja, wenn die Lernrate groß genug ist</translation>
    </message>
    <message>
        <source>σ(xW + b) &gt; 1/2 on one side of one straight line; XOR needs two.</source>
        <translation>σ(xW + b) &gt; 1/2 gilt auf einer Seite einer einzigen Geraden; XOR braucht zwei.</translation>
    </message>
    <message>
        <source>All weights start at 0. What does a run with SGD, lr 0.1, do?</source>
        <translation>Alle Gewichte beginnen bei 0. Was tut ein Lauf mit SGD, lr 0,1?</translation>
    </message>
    <message>
        <source>It learns like the lecture&apos;s initialisation</source>
        <translation>Es lernt wie mit der Initialisierung der Vorlesung</translation>
    </message>
    <message>
        <source>It learns, only more slowly</source>
        <translation>Es lernt, nur langsamer</translation>
    </message>
    <message>
        <source>It does not learn: the loss stays at log 2 ≈ 0.69</source>
        <translation>Es lernt nicht: Der Verlust bleibt bei log 2 ≈ 0,69</translation>
    </message>
    <message>
        <source>With all weights 0 every hidden u is 0, ReLU&apos;s gradient h(0) is 0, and no weight ever receives a gradient; only the output&apos;s bias moves.</source>
        <translation>Sind alle Gewichte 0, ist jedes verborgene u gleich 0, der Gradient h(0) von ReLU ist 0, und kein Gewicht erhält je einen Gradienten; nur der Bias der Ausgabe bewegt sich.</translation>
    </message>
    <message>
        <source>2 → 64 → 64 → 1 against the small 2 → 4 → 1: which is better on the 350 test points after 150 epochs?</source>
        <translation>2 → 64 → 64 → 1 gegen das kleine 2 → 4 → 1: Welches ist nach 150 Epochen auf den 350 Testpunkten besser?</translation>
    </message>
    <message>
        <source>The big one, on training and test points</source>
        <translation>Das große, auf Trainings- und Testpunkten</translation>
    </message>
    <message>
        <source>The big one on the training points, but not on the test points</source>
        <translation>Das große auf den Trainingspunkten, aber nicht auf den Testpunkten</translation>
    </message>
    <message>
        <source>Both are the same</source>
        <translation>Beide sind gleich gut</translation>
    </message>
    <message>
        <source>On every seed the big network gets more training points right (about 98 % against 88 %), and its test loss is far higher (about 2.2 against 0.43): it is sure of wrong answers. Its test accuracy is no better: about 80 % for both.</source>
        <translation>Bei jedem Seed trifft das große Netz mehr Trainingspunkte richtig (etwa 98 % gegenüber 88 %), und sein Testverlust ist weit höher (etwa 2,2 gegenüber 0,43): Es ist sich falscher Antworten sicher. Seine Testgenauigkeit ist nicht besser: etwa 80 % bei beiden.</translation>
    </message>
    <message>
        <source>With lr 0.015, will each mini-batch step give a lower batch loss than the step before?</source>
        <translation>Ergibt mit lr 0,015 jeder Mini-Batch-Schritt einen niedrigeren Batch-Verlust als der Schritt davor?</translation>
    </message>
    <message>
        <source>Yes, every step goes downhill</source>
        <translation>Ja, jeder Schritt geht bergab</translation>
    </message>
    <message>
        <source>No: about half of the steps go up</source>
        <translation>Nein: Etwa die Hälfte der Schritte geht nach oben</translation>
    </message>
    <message>
        <source>Only the first steps go up</source>
        <translation>Nur die ersten Schritte gehen nach oben</translation>
    </message>
    <message>
        <source>Each batch holds other points: the loss of the next batch can be higher even when the epoch loss falls every epoch (it does here, for 20 epochs).</source>
        <translation>Jeder Mini-Batch enthält andere Punkte: Der Verlust des nächsten kann höher sein, auch wenn der Epochenverlust in jeder Epoche fällt (das tut er hier, 20 Epochen lang).</translation>
    </message>
    <message>
        <source>With the lecture&apos;s lr = 0.015, where will the loss be after 20 epochs?</source>
        <translation>Wo liegt der Verlust mit dem lr = 0,015 der Vorlesung nach 20 Epochen?</translation>
    </message>
    <message>
        <source>Below 0.1: the run is done</source>
        <translation>Unter 0,1: Der Lauf ist fertig</translation>
    </message>
    <message>
        <source>Still above 0.45: it has hardly started</source>
        <translation>Noch über 0,45: Er hat kaum begonnen</translation>
    </message>
    <message>
        <source>Above log 2 ≈ 0.69: it got worse</source>
        <translation>Über log 2 ≈ 0,69: Es wurde schlechter</translation>
    </message>
    <message>
        <source>The small initial weights make the first epochs crawl: at epoch 20 the loss is about 0.59 (between 0.45 and 0.68 on every seed).</source>
        <translation>Wegen der kleinen Anfangsgewichte kommen die ersten Epochen nur schleppend voran: In Epoche 20 liegt der Verlust bei etwa 0,59 (bei jedem Seed zwischen 0,45 und 0,68).</translation>
    </message>
    <message>
        <source>Keep training</source>
        <translation>Weitertrainieren</translation>
    </message>
    <message>
        <source>Train on to epoch 150 (the epochs are set to 150: press Run). A straight line cannot get much above 89 % here; watch the boundary bend around the moons. On most seeds it reaches 99 %; the goal is 95 %.</source>
        <translation>Trainieren Sie weiter bis Epoche 150 (die Epochen stehen auf 150: Drücken Sie „Start“). Eine Gerade kommt hier kaum über 89 %; sehen Sie zu, wie sich die Entscheidungsgrenze um die Monde biegt. Bei den meisten Seeds erreicht sie 99 %; das Ziel ist 95 %.</translation>
    </message>
    <message>
        <source>Plain SGD with the same step</source>
        <translation>Einfaches SGD mit demselben Schritt</translation>
    </message>
    <message>
        <source>Now plain SGD with lr 0.04 (the optimizer is switched for you). Press Run.</source>
        <translation>Jetzt einfaches SGD mit lr 0,04 (der Optimierer ist schon umgestellt). Drücken Sie „Start“.</translation>
    </message>
    <message>
        <source>Plain SGD with lr = α = 0.04, without any averaging: by epoch 15 its loss will be…</source>
        <translation>Einfaches SGD mit lr = α = 0,04, ganz ohne Mittelung: In Epoche 15 ist sein Verlust …</translation>
    </message>
    <message>
        <source>much higher than momentum&apos;s</source>
        <translation>viel höher als beim Momentum</translation>
    </message>
    <message>
        <source>about the same as momentum&apos;s</source>
        <translation>etwa gleich wie beim Momentum</translation>
    </message>
    <message>
        <source>much lower than momentum&apos;s</source>
        <translation>viel niedriger als beim Momentum</translation>
    </message>
    <message>
        <source>(1 − η)ΔW + η∇ averages gradients but never enlarges the step: the speed-up came from α = 0.04 &gt; 0.015.</source>
        <translation>(1 − η)ΔW + η∇ mittelt Gradienten, vergrößert den Schritt aber nie: Die Beschleunigung kam von α = 0,04 &gt; 0,015.</translation>
    </message>
    <message>
        <source>A larger step</source>
        <translation>Ein größerer Schritt</translation>
    </message>
    <message>
        <source>The same run with lr = 0.01 (set for you). Press Run and watch the loss curve.</source>
        <translation>Derselbe Lauf mit lr = 0,01 (schon eingestellt). Drücken Sie „Start“ und beobachten Sie die Verlustkurve.</translation>
    </message>
    <message>
        <source>lr = 0.01 instead of 0.002: what will the loss curve do?</source>
        <translation>lr = 0,01 statt 0,002: Was macht die Verlustkurve?</translation>
    </message>
    <message>
        <source>Fall faster and stay down</source>
        <translation>Schneller fallen und unten bleiben</translation>
    </message>
    <message>
        <source>Fall faster, but climb back up now and then</source>
        <translation>Schneller fallen, aber ab und zu wieder steigen</translation>
    </message>
    <message>
        <source>Fall more slowly</source>
        <translation>Langsamer fallen</translation>
    </message>
    <message>
        <source>It is below 0.02 by epoch 10 on every seed, far sooner than with lr 0.002; but now and then a step overshoots the valley and the loss climbs back above its lowest so far (by a median of 0.04; try another seed to see how much it varies).</source>
        <translation>Er liegt bei jedem Seed bis Epoche 10 unter 0,02, weit früher als mit lr 0,002; aber ab und zu schießt ein Schritt über das Tal hinaus, und der Verlust steigt wieder über seinen bisherigen Tiefstwert (im Median um 0,04; probieren Sie einen anderen Seed, um zu sehen, wie stark das schwankt).</translation>
    </message>
    <message>
        <source>Make it learn XOR</source>
        <translation>Bringen Sie ihm XOR bei</translation>
    </message>
    <message>
        <source>Change the network (or add a derived feature) so that it learns XOR: at least 90 % of the training points right after 30 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>Ändern Sie das Netz (oder fügen Sie ein abgeleitetes Merkmal hinzu), sodass es XOR lernt: mindestens 90 % der Trainingspunkte richtig nach 30 Epochen. Jeder Versuch beginnt bei Epoche 0: Drücken Sie nach einer Änderung „Reset“, dann „Start“.</translation>
    </message>
    <message>
        <source>Tick the derived feature x1·x2 in the Dataset panel, or add one hidden layer of 8 ReLU units in the Network panel.</source>
        <translation>Haken Sie im Bereich „Datensatz“ das abgeleitete Merkmal x1·x2 an, oder fügen Sie im Bereich „Netz“ eine verborgene Schicht aus 8 ReLU-Neuronen hinzu.</translation>
    </message>
    <message>
        <source>The same number of parameters in one layer</source>
        <translation>Gleich viele Parameter in einer Schicht</translation>
    </message>
    <message>
        <source>One hidden layer of 107 units has 645 parameters, as many as three layers of 16 (643). It is set for you: press Run.</source>
        <translation>Eine verborgene Schicht aus 107 Neuronen hat 645 Parameter, ebenso viele wie drei Schichten zu 16 (643). Sie ist schon eingestellt: Drücken Sie „Start“.</translation>
    </message>
    <message>
        <source>One layer with as many parameters: will it also pass 95 % of the training points by epoch 10?</source>
        <translation>Eine Schicht mit ebenso vielen Parametern: Überschreitet sie bis Epoche 10 ebenfalls 95 % der Trainingspunkte?</translation>
    </message>
    <message>
        <source>Yes: parameters are what count</source>
        <translation>Ja: Es zählen die Parameter</translation>
    </message>
    <message>
        <source>No: it is slower</source>
        <translation>Nein: Sie ist langsamer</translation>
    </message>
    <message>
        <source>It never gets there</source>
        <translation>Sie kommt nie dorthin</translation>
    </message>
    <message>
        <source>At epoch 10 it is at about 85 %, the three layers at about 96 %: composing layers folds the plane again and again.</source>
        <translation>In Epoche 10 liegt sie bei etwa 85 %, die drei Schichten bei etwa 96 %: Hintereinandergeschaltete Schichten falten die Ebene immer wieder.</translation>
    </message>
    <message>
        <source>Make the deep network train</source>
        <translation>Bringen Sie das tiefe Netz zum Lernen</translation>
    </message>
    <message>
        <source>Keep the data and the optimizer. Change the hidden layers so that the loss falls below 0.35 within 30 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>Behalten Sie Daten und Optimierer bei. Ändern Sie die verborgenen Schichten so, dass der Verlust innerhalb von 30 Epochen unter 0,35 fällt. Jeder Versuch beginnt bei Epoche 0: Drücken Sie nach einer Änderung „Reset“, dann „Start“.</translation>
    </message>
    <message>
        <source>σ&apos; ≤ 1/4 shrinks the gradient at every layer: switch the hidden activations to ReLU, whose slope is 1 where it is active (or use only two σ layers).</source>
        <translation>σ&apos; ≤ 1/4 verkleinert den Gradienten in jeder Schicht: Stellen Sie die verborgenen Aktivierungsfunktionen auf ReLU um, deren Steigung dort, wo sie aktiv ist, 1 beträgt (oder verwenden Sie nur zwei σ-Schichten).</translation>
    </message>
    <message>
        <source>Predict: lr = 5</source>
        <translation>Vorhersage: lr = 5</translation>
    </message>
    <message>
        <source>The learning rate is now 5, about 330 times larger (set for you). Press Run.</source>
        <translation>Die Lernrate ist jetzt 5, etwa 330-mal größer (schon eingestellt). Drücken Sie „Start“.</translation>
    </message>
    <message>
        <source>With lr = 5, after 20 epochs the loss will be…</source>
        <translation>Mit lr = 5 ist der Verlust nach 20 Epochen …</translation>
    </message>
    <message>
        <source>far below lr 0.015&apos;s</source>
        <translation>weit unter dem von lr 0,015</translation>
    </message>
    <message>
        <source>about the same as lr 0.015&apos;s</source>
        <translation>etwa so groß wie bei lr 0,015</translation>
    </message>
    <message>
        <source>no lower than log 2 ≈ 0.69, jumping up and down</source>
        <translation>nicht unter log 2 ≈ 0,69, springt auf und ab</translation>
    </message>
    <message>
        <source>Each step overshoots the valley: the loss rises in many epochs and ends above 0.69.</source>
        <translation>Jeder Schritt schießt über das Tal hinaus: Der Verlust steigt in vielen Epochen und endet über 0,69.</translation>
    </message>
    <message>
        <source>Find a good step</source>
        <translation>Finden Sie einen guten Schritt</translation>
    </message>
    <message>
        <source>The run starts afresh here (it is reset for you). Find a learning rate that brings the loss below 0.1 in fewer than 20 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>Der Lauf beginnt hier neu (er ist schon zurückgesetzt). Finden Sie eine Lernrate, die den Verlust in weniger als 20 Epochen unter 0,1 bringt. Jeder Versuch beginnt bei Epoche 0: Drücken Sie nach einer Änderung „Reset“, dann „Start“.</translation>
    </message>
    <message>
        <source>Between the two: try 0.1, 0.3 and 1. Watch whether the loss curve still falls steadily.</source>
        <translation>Zwischen den beiden: Probieren Sie 0,1, 0,3 und 1. Achten Sie darauf, ob die Verlustkurve noch gleichmäßig fällt.</translation>
    </message>
    <message>
        <source>Make it learn</source>
        <translation>Bringen Sie es zum Lernen</translation>
    </message>
    <message>
        <source>Choose an initialisation in the Network panel so that the loss falls below 0.3 within 20 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>Wählen Sie im Bereich „Netz“ eine Initialisierung, sodass der Verlust innerhalb von 20 Epochen unter 0,3 fällt. Jeder Versuch beginnt bei Epoche 0: Drücken Sie nach einer Änderung „Reset“, dann „Start“.</translation>
    </message>
    <message>
        <source>Any random start breaks the symmetry: choose &apos;lecture: 0.1·N(0, 1)&apos;.</source>
        <translation>Jeder zufällige Start bricht die Symmetrie: Wählen Sie „Vorlesung: 0,1·N(0, 1)“.</translation>
    </message>
    <message>
        <source>Small beats big</source>
        <translation>Klein schlägt groß</translation>
    </message>
    <message>
        <source>Beat the big network on the test points with at most 8 hidden units: a test loss below 0.65 after 150 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>Schlagen Sie das große Netz auf den Testpunkten mit höchstens 8 verborgenen Neuronen: ein Testverlust unter 0,65 nach 150 Epochen. Jeder Versuch beginnt bei Epoche 0: Drücken Sie nach einer Änderung „Reset“, dann „Start“.</translation>
    </message>
    <message>
        <source>Remove the second hidden layer and make the first one small (4 units).</source>
        <translation>Entfernen Sie die zweite verborgene Schicht und machen Sie die erste klein (4 Neuronen).</translation>
    </message>
    <message>
        <source>Now lr = 0.3 (set for you). Press Run and watch the epoch loss.</source>
        <translation>Jetzt lr = 0,3 (schon eingestellt). Drücken Sie „Start“ und beobachten Sie den Epochenverlust.</translation>
    </message>
    <message>
        <source>With lr 0.3, will the training loss go down at every epoch?</source>
        <translation>Sinkt der Trainingsverlust mit lr 0,3 in jeder Epoche?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No: it goes up in some epochs</source>
        <translation>Nein: In manchen Epochen steigt er</translation>
    </message>
    <message>
        <source>It never goes down</source>
        <translation>Er sinkt nie</translation>
    </message>
    <message>
        <source>It goes up in several epochs (2 to 8 of the 20, on ten seeds) — and still ends far lower than with lr 0.015, below 0.02 by epoch 20.</source>
        <translation>Er steigt in mehreren Epochen (2 bis 8 der 20, auf zehn Seeds) — und endet trotzdem weit tiefer als mit lr 0,015, bis Epoche 20 unter 0,02.</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>Ausprobieren</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Predict first</source>
        <translation>Erst vorhersagen</translation>
    </message>
    <message>
        <source>Lock my answer</source>
        <translation>Antwort festlegen</translation>
    </message>
    <message>
        <source>Your answer is kept; run the step to see whether it was right</source>
        <translation>Ihre Antwort wird festgehalten; trainieren Sie den Schritt, um zu sehen, ob sie stimmt</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Each goal is ticked ✓ as soon as the run meets it</source>
        <translation>Jedes Ziel wird mit ✓ abgehakt, sobald der Lauf es erreicht</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Try another seed</source>
        <translation>Anderer Seed</translation>
    </message>
    <message>
        <source>Draw new data, new initial weights and a new batch order and start this step again: what the lesson says should hold on (almost) every seed</source>
        <translation>Neue Daten, neue Anfangsgewichte und eine neue Reihenfolge der Mini-Batches ziehen und diesen Schritt neu beginnen: Was die Lektion sagt, sollte für (fast) jeden Seed gelten</translation>
    </message>
    <message>
        <source>Next lesson ▶</source>
        <translation>Nächste Lektion ▶</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation>Keine Lektion geöffnet</translation>
    </message>
    <message>
        <source>Choose a lesson from the Lessons menu.</source>
        <translation>Wählen Sie eine Lektion im Menü „Lektionen“.</translation>
    </message>
    <message>
        <source>This lesson&apos;s points and weights are the lecture&apos;s own: there is no seed to change</source>
        <translation>Punkte und Gewichte dieser Lektion stammen aus der Vorlesung: Es gibt keinen Seed zu ändern</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Schritt {step} von {steps}</translation>
    </message>
    <message>
        <source>This step cannot be set up: {error}</source>
        <translation>Dieser Schritt lässt sich nicht einrichten: {error}</translation>
    </message>
    <message>
        <source>Seed {seed}</source>
        <translation>Seed {seed}</translation>
    </message>
    <message>
        <source>Locked: now Run</source>
        <translation>Festgelegt: jetzt Start</translation>
    </message>
    <message>
        <source>Choose one answer first.</source>
        <translation>Wählen Sie zuerst eine Antwort.</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>Tipp: {hint}</translation>
    </message>
    <message>
        <source>✓ Lesson complete.</source>
        <translation>✓ Lektion abgeschlossen.</translation>
    </message>
    <message>
        <source>You have finished “{title}”.</source>
        <translation>Sie haben „{title}“ abgeschlossen.</translation>
    </message>
    <message>
        <source>Next in the Lessons menu:</source>
        <translation>Als Nächstes im Menü „Lektionen“:</translation>
    </message>
    <message>
        <source>Next lesson: {title} ▶</source>
        <translation>Nächste Lektion: {title} ▶</translation>
    </message>
    <message>
        <source>That was the last lesson in the Lessons menu.</source>
        <translation>Das war die letzte Lektion im Menü „Lektionen“.</translation>
    </message>
    <message>
        <source>The answer: {answer}.</source>
        <translation>Die Antwort: {answer}.</translation>
    </message>
    <message>
        <source>✓ Right:</source>
        <translation>✓ Richtig:</translation>
    </message>
    <message>
        <source>✗ Not quite.</source>
        <translation>✗ Nicht ganz.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation>Gradientennormen</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Confusion matrix, precision and recall (classification) or R², MAE and predicted vs true (regression) of the current weights</source>
        <translation>Konfusionsmatrix, Präzision und Recall (Klassifikation) oder R², MAE und Vorhersage gegen Wahrheit (Regression) der aktuellen Gewichte</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>{name} — ANN Studio</source>
        <translation>{name} — ANN Studio</translation>
    </message>
    <message>
        <source>epoch {epoch} / {target}</source>
        <translation>Epoche {epoch} / {target}</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>Epoche {epoch}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>hidden until you predict it (Predict mode)</source>
        <translation>verborgen, bis Sie es vorhersagen (Vorhersagemodus)</translation>
    </message>
    <message>
        <source>  (double-click to edit)</source>
        <translation>  (Doppelklick zum Bearbeiten)</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>slice j =</source>
        <translation>Schnitt j =</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Slice j</source>
        <translation>Schnitt j</translation>
    </message>
    <message>
        <source>Matrix {caption}</source>
        <translation>Matrix {caption}</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Metrics on the training points</source>
        <translation>Kennzahlen auf den Trainingspunkten</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Metrics on the test points</source>
        <translation>Kennzahlen auf den Testpunkten</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>How many points of each true class got each prediction</source>
        <translation>Wie viele Punkte jeder wahren Klasse welche Vorhersage erhielten</translation>
    </message>
    <message>
        <source>Row %</source>
        <translation>Zeilen-%</translation>
    </message>
    <message>
        <source>Row-normalised: each row divided by its total, where the points of one true class go (the diagonal is its recall)</source>
        <translation>Zeilennormiert: jede Zeile durch ihre Summe geteilt; wohin die Punkte einer wahren Klasse gehen (die Diagonale ist ihre Trefferquote)</translation>
    </message>
    <message>
        <source>Confusion matrix: rows = true class, columns = predicted; recall at the end of each row, precision under each column</source>
        <translation>Konfusionsmatrix: Zeilen = wahre Klasse, Spalten = vorhergesagte; Trefferquote am Ende jeder Zeile, Präzision unter jeder Spalte</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>C_ij = points of true class i predicted as class j; the diagonal holds the correct predictions
recall_i = C_ii / Σ_j C_ij (of the points of class i, the share found)
precision_j = C_jj / Σ_i C_ij (of the points predicted j, the share that are j)
— : 0/0, nothing to measure</source>
        <translation>C_ij = Punkte der wahren Klasse i, als Klasse j vorhergesagt; die Diagonale enthält die richtigen Vorhersagen
recall_i = C_ii / Σ_j C_ij (von den Punkten der Klasse i der gefundene Anteil)
precision_j = C_jj / Σ_i C_ij (von den als j vorhergesagten Punkten der Anteil, der j ist)
— : 0/0, nichts zu messen</translation>
    </message>
    <message>
        <source>true value t</source>
        <translation>wahrer Wert t</translation>
    </message>
    <message>
        <source>predicted ŷ</source>
        <translation>vorhergesagt ŷ</translation>
    </message>
    <message>
        <source>Predicted vs true (on the line ŷ = t: perfect)</source>
        <translation>Vorhergesagt gegen wahr (auf der Geraden ŷ = t: perfekt)</translation>
    </message>
    <message>
        <source>No test points (test fraction 0): showing nothing; pick &lt;b&gt;Train&lt;/b&gt;.</source>
        <translation>Keine Testpunkte (Testanteil 0): nichts anzuzeigen; &lt;b&gt;Training&lt;/b&gt; wählen.</translation>
    </message>
    <message>
        <source>{n} training points</source>
        <translation>{n} Trainingspunkte</translation>
    </message>
    <message>
        <source>{n} test points</source>
        <translation>{n} Testpunkte</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>{count} of the {total} points of class {true} were predicted as {predicted}</source>
        <translation>{count} der {total} Punkte der Klasse {true} wurden als {predicted} vorhergesagt</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>ANN Studio — Hand in</source>
        <translation>ANN Studio — Abgeben</translation>
    </message>
    <message>
        <source>Your name, as your teacher will see it:</source>
        <translation>Ihr Name, wie Ihre Lehrkraft ihn sieht:</translation>
    </message>
    <message>
        <source>Student&apos;s name</source>
        <translation>Name der/des Studierenden</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>sigmoid σ</source>
        <translation>Sigmoid σ</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>binary classification</source>
        <translation>binäre Klassifikation</translation>
    </message>
    <message>
        <source>σ (sigmoid)</source>
        <translation>σ (Sigmoid)</translation>
    </message>
    <message>
        <source>cross entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>multi-class classification</source>
        <translation>Mehrklassen-Klassifikation</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>mittlerer quadratischer Fehler</translation>
    </message>
    <message>
        <source>lecture: 0.1·N(0, 1)</source>
        <translation>Vorlesung: 0.1·N(0, 1)</translation>
    </message>
    <message>
        <source>Xavier (Glorot) uniform</source>
        <translation>Xavier (Glorot) gleichverteilt</translation>
    </message>
    <message>
        <source>He (Kaiming) normal</source>
        <translation>He (Kaiming) normalverteilt</translation>
    </message>
    <message>
        <source>zeros (every weight 0)</source>
        <translation>Nullen (jedes Gewicht 0)</translation>
    </message>
    <message>
        <source>Hidden layers (input → output)</source>
        <translation>Verborgene Schichten (Eingang → Ausgang)</translation>
    </message>
    <message>
        <source>+ Add layer</source>
        <translation>+ Schicht</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output</source>
        <translation>Eine verborgene Schicht vor dem Ausgang hinzufügen</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>The dataset&apos;s task sets the output layer and the loss; change the dataset to change the task.</source>
        <translation>Die Aufgabe des Datensatzes legt Ausgabeschicht und Verlust fest; wechseln Sie den Datensatz, um die Aufgabe zu ändern.</translation>
    </message>
    <message>
        <source>How W starts (biases start at 0)</source>
        <translation>Wie W beginnt (Biases beginnen bei 0)</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <source>activation φ</source>
        <translation>Aktivierung φ</translation>
    </message>
    <message>
        <source>layer {k}</source>
        <translation>Schicht {k}</translation>
    </message>
    <message>
        <source>Lecture numbering counts from the output (layer 1 = output layer); View ▸ PyTorch layer order counts from the input</source>
        <translation>Die Nummerierung der Vorlesung zählt vom Ausgang (Schicht 1 = Ausgabeschicht); Ansicht ▸ PyTorch-Schichtreihenfolge zählt vom Eingang</translation>
    </message>
    <message>
        <source>units of hidden layer {n}</source>
        <translation>Neuronen der verborgenen Schicht {n}</translation>
    </message>
    <message>
        <source>Activation of hidden layer {n}</source>
        <translation>Aktivierung der verborgenen Schicht {n}</translation>
    </message>
    <message>
        <source>Move this layer towards the input</source>
        <translation>Diese Schicht zum Eingang verschieben</translation>
    </message>
    <message>
        <source>Move this layer towards the output</source>
        <translation>Diese Schicht zum Ausgang verschieben</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>Diese Schicht entfernen</translation>
    </message>
    <message>
        <source>no hidden layer: a linear model (logistic / softmax regression)</source>
        <translation>keine verborgene Schicht: ein lineares Modell (logistische / Softmax-Regression)</translation>
    </message>
    <message>
        <source>at most {n} hidden layers here</source>
        <translation>hier höchstens {n} verborgene Schichten</translation>
    </message>
    <message>
        <source>Input: {n} feature</source>
        <translation>Eingabe: {n} Merkmal</translation>
    </message>
    <message>
        <source>Input: {n} features</source>
        <translation>Eingabe: {n} Merkmale</translation>
    </message>
    <message>
        <source>{n} unit</source>
        <translation>{n} Neuron</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} Neuronen</translation>
    </message>
    <message>
        <source>{units}, {activation} · loss: {loss}
(the dataset&apos;s task: {task})</source>
        <translation>{units}, {activation} · Verlust: {loss}
(Aufgabe des Datensatzes: {task})</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Network panel</source>
        <translation>Netz-Bereich</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <source>Numbering: the lecture&apos;s worked ¬XOR example and its backprop derivation give u and z an index one higher than its code: uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ with output z₁ (it writes u₃,₀ = x₀ − x₁). ANN Studio follows the lecture&apos;s code: uᵢ = zᵢWᵢ + bᵢ with output z₀, so the example&apos;s u₃ is u₂ here and its z₁ is z₀. The weights W₂, b₂, W₁, b₁ have the same names in both.</source>
        <translation>Nummerierung: Das durchgerechnete ¬XOR-Beispiel der Vorlesung und ihre Herleitung der Rückpropagierung geben u und z einen um eins höheren Index als ihr Code: uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ mit der Ausgabe z₁ (dort steht u₃,₀ = x₀ − x₁). ANN Studio folgt dem Code der Vorlesung: uᵢ = zᵢWᵢ + bᵢ mit der Ausgabe z₀; das u₃ des Beispiels ist hier also u₂ und sein z₁ ist z₀. Die Gewichte W₂, b₂, W₁, b₁ heißen in beiden gleich.</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>{name} is empty; enter a number</source>
        <translation>{name} ist leer; geben Sie eine Zahl ein</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {text}</source>
        <translation>{name} muss eine ganze Zahl sein, erhalten: {text}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {text}</source>
        <translation>{name} muss eine Zahl sein, erhalten: {text}</translation>
    </message>
</context>
<context>
    <name>PointsModel</name>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>label y</source>
        <translation>Label y</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <source>Click a row to inspect that point, or click a point in the data view (Inspect mode), or type one below.</source>
        <translation>Klicken Sie auf eine Zeile, um diesen Punkt zu untersuchen, oder auf einen Punkt in der Datenansicht (Modus Untersuchen), oder geben Sie unten einen ein.</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>Datenpunkte</translation>
    </message>
    <message>
        <source>e.g. 0.5, −1</source>
        <translation>z. B. 0.5, −1</translation>
    </message>
    <message>
        <source>Coordinates x</source>
        <translation>Koordinaten x</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>z. B. 1</translation>
    </message>
    <message>
        <source>Label y</source>
        <translation>Label y</translation>
    </message>
    <message>
        <source>coordinates x =</source>
        <translation>Koordinaten x =</translation>
    </message>
    <message>
        <source>label y =</source>
        <translation>Label y =</translation>
    </message>
    <message>
        <source>Inspect this point</source>
        <translation>Diesen Punkt untersuchen</translation>
    </message>
    <message>
        <source>training point</source>
        <translation>Trainingspunkt</translation>
    </message>
    <message>
        <source>test point</source>
        <translation>Testpunkt</translation>
    </message>
    <message>
        <source>typed point</source>
        <translation>eingegebener Punkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;{point}&lt;/b&gt;: x = ({x}), label y = {y} &amp;nbsp;→&amp;nbsp; output and loss hidden: predict them step by step</source>
        <translation>&lt;b&gt;{point}&lt;/b&gt;: x = ({x}), Label y = {y} &amp;nbsp;→&amp;nbsp; Ausgabe und Verlust verborgen: sagen Sie sie Schritt für Schritt vorher</translation>
    </message>
    <message>
        <source>&lt;b&gt;{point}&lt;/b&gt;: x = ({x}), label y = {y} &amp;nbsp;→&amp;nbsp; output {z0} = ({out}), loss L = {loss}</source>
        <translation>&lt;b&gt;{point}&lt;/b&gt;: x = ({x}), Label y = {y} &amp;nbsp;→&amp;nbsp; Ausgabe {z0} = ({out}), Verlust L = {loss}</translation>
    </message>
    <message>
        <source>type the point&apos;s label y, e.g. 1</source>
        <translation>geben Sie das Label y des Punkts ein, z. B. 1</translation>
    </message>
    <message>
        <source>the typed point</source>
        <translation>der eingegebene Punkt</translation>
    </message>
</context>
<context>
    <name>PredictMode</name>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>null</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>Predict the next value</source>
        <translation>Nächsten Wert vorhersagen</translation>
    </message>
    <message>
        <source>your prediction, e.g. 0.62 or −1.5, then Enter</source>
        <translation>Ihre Vorhersage, z. B. 0.62 oder −1.5, dann Enter</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>Ihre Vorhersage</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>predict that the value is {sign}</source>
        <translation>vorhersagen, dass der Wert {sign} ist</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Skip this one: show the value (not scored)</source>
        <translation>Überspringen: den Wert zeigen (nicht gewertet)</translation>
    </message>
    <message>
        <source>Predict: on</source>
        <translation>Vorhersage: an</translation>
    </message>
    <message>
        <source>score: {correct} / {total} correct</source>
        <translation>Punkte: {correct} / {total} richtig</translation>
    </message>
    <message>
        <source>Every value on this page is checked. Next ▶ for the next step.</source>
        <translation>Jeder Wert auf dieser Seite ist geprüft. Weiter ▶ für den nächsten Schritt.</translation>
    </message>
    <message>
        <source>Every value on this page is checked. That was the last step.</source>
        <translation>Jeder Wert auf dieser Seite ist geprüft. Das war der letzte Schritt.</translation>
    </message>
    <message>
        <source>Is it negative, zero or positive?</source>
        <translation>Ist er negativ, null oder positiv?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predict {value}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sagen Sie {value} vorher&lt;/b&gt;</translation>
    </message>
    <message>
        <source>shown: {name} = {value} (not scored)</source>
        <translation>gezeigt: {name} = {value} (nicht gewertet)</translation>
    </message>
</context>
<context>
    <name>RaceView</name>
    <message>
        <source>racer</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>Train.-Verlust</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&lt;b&gt;Racers&lt;/b&gt; (optimizer name=value …) — all start from the same weights and see the same batches</source>
        <translation>&lt;b&gt;Teilnehmer&lt;/b&gt; (Optimierer Name=Wert …) — alle starten mit denselben Gewichten und sehen dieselben Stapel</translation>
    </message>
    <message>
        <source>Racers</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>One optimizer setting per line; select one and press Remove to drop it</source>
        <translation>Eine Optimierer-Einstellung je Zeile; eine auswählen und „Entfernen“ drücken, um sie zu streichen</translation>
    </message>
    <message>
        <source>New racer: optimizer name=value</source>
        <translation>Neuer Teilnehmer: Optimierer Name=Wert</translation>
    </message>
    <message>
        <source>e.g. adam lr=0.01 or sgd lr=0.05 momentum=0.9</source>
        <translation>z. B. adam lr=0.01 oder sgd lr=0.05 momentum=0.9</translation>
    </message>
    <message>
        <source>Add racer</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>▶ Start race</source>
        <translation>▶ Rennen starten</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Stopp</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>No test points: set a test fraction on the Dataset tab to see the racers&apos; test accuracy.</source>
        <translation>Keine Testpunkte: im Bereich Datensatz einen Testanteil festlegen, um die Testgenauigkeit der Teilnehmer zu sehen.</translation>
    </message>
    <message>
        <source>Race results</source>
        <translation>Ergebnisse des Rennens</translation>
    </message>
    <message>
        <source>{name}: {n} training points, network {sizes}, batch {batch}</source>
        <translation>{name}: {n} Trainingspunkte, Netz {sizes}, Stapel {batch}</translation>
    </message>
    <message>
        <source>at most {n} racers</source>
        <translation>höchstens {n} Teilnehmer</translation>
    </message>
    <message>
        <source>no network and data to race on</source>
        <translation>kein Netz und keine Daten für ein Rennen</translation>
    </message>
    <message>
        <source>a race needs at least two racers</source>
        <translation>ein Rennen braucht mindestens zwei Teilnehmer</translation>
    </message>
    <message>
        <source>starting the race…</source>
        <translation>Rennen startet…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>all {n} racers start at loss {loss}</source>
        <translation>alle {n} Teilnehmer starten mit Verlust {loss}</translation>
    </message>
    <message>
        <source>epoch {epoch} of {epochs}</source>
        <translation>Epoche {epoch} von {epochs}</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} Schritte</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>finished: {winner} has the lowest training loss</source>
        <translation>fertig: {winner} hat den niedrigsten Trainingsverlust</translation>
    </message>
    <message>
        <source>the race stopped: {reason}</source>
        <translation>das Rennen wurde abgebrochen: {reason}</translation>
    </message>
</context>
<context>
    <name>ReceiveWindow</name>
    <message>
        <source>Receiving hand-ins — {title} — ANN Studio</source>
        <translation>Abgaben empfangen — {title} — ANN Studio</translation>
    </message>
    <message>
        <source>Receive hand-ins</source>
        <translation>Abgaben empfangen</translation>
    </message>
    <message>
        <source>Hand in “{title}” to this computer</source>
        <translation>„{title}“ an diesen Computer abgeben</translation>
    </message>
    <message>
        <source>In ANN Studio: File ▸ Hand in…, choose “The teacher&apos;s computer” and type the address and the class code.</source>
        <translation>In ANN Studio: Datei ▸ Abgeben…, „Computer der Lehrkraft“ wählen und die Adresse und den Klassencode eingeben.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The address the students type</source>
        <translation>Die Adresse, die die Lernenden eingeben</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Klassencode</translation>
    </message>
    <message>
        <source>The class code the students type</source>
        <translation>Der Klassencode, den die Lernenden eingeben</translation>
    </message>
    <message>
        <source>Hand-ins received and refused</source>
        <translation>Empfangene und abgelehnte Abgaben</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>Receive on:</source>
        <translation>Empfangen über:</translation>
    </message>
    <message>
        <source>{address} (this computer only)</source>
        <translation>{address} (nur dieser Computer)</translation>
    </message>
    <message>
        <source>Network address to receive on</source>
        <translation>Netzwerkadresse für den Empfang</translation>
    </message>
    <message>
        <source>The network the students&apos; computers are on; 127.0.0.1 is this computer only</source>
        <translation>Das Netz, in dem die Computer der Lernenden sind; 127.0.0.1 ist nur dieser Computer</translation>
    </message>
    <message>
        <source>Class table</source>
        <translation>Klassentabelle</translation>
    </message>
    <message>
        <source>Show the class table</source>
        <translation>Klassentabelle zeigen</translation>
    </message>
    <message>
        <source>Show the class table of the hand-ins received</source>
        <translation>Die Klassentabelle der empfangenen Abgaben zeigen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop receiving hand-ins</source>
        <translation>Abgabenempfang beenden</translation>
    </message>
    <message>
        <source>Stop the server: no more hand-ins are received (those received stay in the folder)</source>
        <translation>Den Server anhalten: keine weiteren Abgaben werden empfangen (die empfangenen bleiben im Ordner)</translation>
    </message>
    <message>
        <source>{received} received · {refused} refused</source>
        <translation>{received} empfangen · {refused} abgelehnt</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Start receiving hand-ins again</source>
        <translation>Abgabenempfang neu starten</translation>
    </message>
    <message>
        <source>Receiving into {folder}.</source>
        <translation>Empfang in {folder}.</translation>
    </message>
    <message>
        <source>Stopped: no hand-ins are received. Those received stay in the folder.</source>
        <translation>Angehalten: es werden keine Abgaben empfangen. Die empfangenen bleiben im Ordner.</translation>
    </message>
</context>
<context>
    <name>Receiver</name>
    <message>
        <source>Receive: the folder to store hand-ins in</source>
        <translation>Empfangen: Ordner für die Abgaben</translation>
    </message>
    <message>
        <source>Receive: choose the teacher&apos;s key</source>
        <translation>Empfangen: Schlüssel der Lehrkraft wählen</translation>
    </message>
    <message>
        <source>Teacher&apos;s keys (*{ext});;All files (*)</source>
        <translation>Schlüssel der Lehrkraft (*{ext});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Receive hand-ins</source>
        <translation>Abgaben empfangen</translation>
    </message>
    <message>
        <source>cannot use the folder: {reason}</source>
        <translation>der Ordner kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <source>Port {wanted} is in use here, so port {port} is used.</source>
        <translation>Port {wanted} ist hier belegt, daher wird Port {port} verwendet.</translation>
    </message>
    <message>
        <source>from {who}</source>
        <translation>von {who}</translation>
    </message>
</context>
<context>
    <name>RunTimeline</name>
    <message>
        <source>the timeline records NumPy-engine runs</source>
        <translation>die Zeitleiste zeichnet Läufe der NumPy-Engine auf</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>branched at step {step} · Run ▶ trains on</source>
        <translation>verzweigt bei Schritt {step} · Start ▶ trainiert weiter</translation>
    </message>
    <message>
        <source>live · step {step}</source>
        <translation>live · Schritt {step}</translation>
    </message>
    <message>
        <source>step {step} · epoch {epoch}</source>
        <translation>Schritt {step} · Epoche {epoch}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Reading the CSV file…</source>
        <translation>Die CSV-Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Derived features</source>
        <translation>Abgeleitete Merkmale</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>the last training point cannot be removed</source>
        <translation>der letzte Trainingspunkt kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Pause ❚❚</source>
        <translation>Pause ❚❚</translation>
    </message>
    <message>
        <source>Pause training  [Space]</source>
        <translation>Training anhalten  [Leertaste]</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>Start ▶</translation>
    </message>
    <message>
        <source>Train until you press Pause  [Space]</source>
        <translation>Trainieren, bis Sie Pause drücken  [Leertaste]</translation>
    </message>
    <message>
        <source>Train for {n} epochs  [Space]</source>
        <translation>{n} Epochen trainieren  [Leertaste]</translation>
    </message>
    <message>
        <source>Run ▶ (+{n} epochs)</source>
        <translation>Start ▶ (+{n} Ep.)</translation>
    </message>
    <message>
        <source>Continue for {n} more epochs (to epoch {target})  [Space]</source>
        <translation>{n} weitere Epochen trainieren (bis Epoche {target})  [Leertaste]</translation>
    </message>
    <message>
        <source>Continue to epoch {target} ({more} more)  [Space]</source>
        <translation>Weiter bis Epoche {target} ({more} weitere)  [Leertaste]</translation>
    </message>
</context>
<context>
    <name>SgdStepTab</name>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>The experiment&apos;s learning rate (Training panel); change it here to try another step on this point only.</source>
        <translation>Die Lernrate des Experiments (Bereich Training); ändern Sie sie hier, um einen anderen Schritt nur an diesem Punkt auszuprobieren.</translation>
    </message>
    <message>
        <source>learning rate lr</source>
        <translation>Lernrate lr</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Gradient of</source>
        <translation>Gradient von</translation>
    </message>
    <message>
        <source>this point (the gradients on the Step through tab)</source>
        <translation>diesem Punkt (die Gradienten im Reiter Schrittweise)</translation>
    </message>
    <message>
        <source>the mini-batch (its average gradient)</source>
        <translation>dem Mini-Batch (sein mittlerer Gradient)</translation>
    </message>
    <message>
        <source>gradient of</source>
        <translation>Gradient von</translation>
    </message>
    <message>
        <source>Apply one step</source>
        <translation>Einen Schritt ausführen</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>The step goes on the undo stack: Ctrl+Z takes it back.</source>
        <translation>Der Schritt kommt auf den Rückgängig-Stapel: Ctrl+Z nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>Optimizer step</source>
        <translation>Optimiererschritt</translation>
    </message>
    <message>
        <source>{optimizer} (the experiment&apos;s): {formula}</source>
        <translation>{optimizer} (der des Experiments): {formula}</translation>
    </message>
    <message>
        <source>.  Applied here from a fresh state (no momentum or running averages yet), so it is that optimizer&apos;s first step.</source>
        <translation>.  Hier aus einem frischen Zustand angewandt (noch kein Momentum und keine gleitenden Mittelwerte), also der erste Schritt dieses Optimierers.</translation>
    </message>
    <message>
        <source>W ← W − lr·∂L/∂W and b ← b − lr·∂L/∂b for every layer ({layers}), with the gradient of this point&apos;s loss (the classic worked example) or of the mini-batch.</source>
        <translation>W ← W − lr·∂L/∂W und b ← b − lr·∂L/∂b für jede Schicht ({layers}), mit dem Gradienten des Verlusts dieses Punkts (das klassische Rechenbeispiel) oder des Mini-Batches.</translation>
    </message>
    <message>
        <source>(the worked example is hidden in Predict mode)</source>
        <translation>(das Rechenbeispiel ist im Vorhersagemodus verborgen)</translation>
    </message>
    <message>
        <source>With lr = {lr}, for example: {step}</source>
        <translation>Mit lr = {lr}, zum Beispiel: {step}</translation>
    </message>
    <message>
        <source>With lr = {lr}, for example: {entry} = {before} → {after} ({optimizer}&apos;s first step; {grad} = {value})</source>
        <translation>Mit lr = {lr}, zum Beispiel: {entry} = {before} → {after} (erster Schritt von {optimizer}; {grad} = {value})</translation>
    </message>
    <message>
        <source>no mini-batch: load a dataset first</source>
        <translation>kein Mini-Batch: laden Sie zuerst einen Datensatz</translation>
    </message>
    <message>
        <source>{optimizer} step, lr = {lr}</source>
        <translation>{optimizer}-Schritt, lr = {lr}</translation>
    </message>
    <message>
        <source>this point&apos;s loss</source>
        <translation>Verlust dieses Punkts</translation>
    </message>
    <message>
        <source>mini-batch loss (mean)</source>
        <translation>Mini-Batch-Verlust (Mittel)</translation>
    </message>
    <message>
        <source>training set loss (mean)</source>
        <translation>Verlust Trainingsdaten (Mittel)</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>&lt;b&gt;What you see.&lt;/b&gt; In the middle, the data (a colour per class) over the network&apos;s decision boundary, and the network under it; on the right, the loss and accuracy of each epoch and every layer&apos;s neurons. The tabs on the left (Dataset, Network, Training) change the run.</source>
        <translation>&lt;b&gt;Was Sie sehen.&lt;/b&gt; In der Mitte die Daten (eine Farbe je Klasse) über der Entscheidungsgrenze des Netzes, darunter das Netz; rechts Verlust und Genauigkeit jeder Epoche und die Neuronen jeder Schicht. Die Reiter links (Datensatz, Netz, Training) verändern den Lauf.</translation>
    </message>
    <message>
        <source>Train the network and watch the boundary (the coloured regions) bend to the data.</source>
        <translation>Trainieren Sie das Netz und sehen Sie zu, wie sich die Grenze (die farbigen Bereiche) an die Daten anpasst.</translation>
    </message>
    <message>
        <source>A guided lesson: predict what happens, then run and see.</source>
        <translation>Eine geführte Lektion: vorhersagen, was passiert, dann starten und nachsehen.</translation>
    </message>
    <message>
        <source>One point&apos;s forward pass and backpropagation, with the real numbers. Then click any point.</source>
        <translation>Vorwärtsdurchlauf und Rückpropagierung eines Punktes, mit den echten Zahlen. Danach einen beliebigen Punkt anklicken.</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Hier beginnen</translation>
    </message>
    <message>
        <source>start panel</source>
        <translation>Startbereich</translation>
    </message>
    <message>
        <source>Try the first lesson</source>
        <translation>Erste Lektion</translation>
    </message>
    <message>
        <source>No lessons are installed</source>
        <translation>Keine Lektionen installiert</translation>
    </message>
    <message>
        <source>Inspect a point</source>
        <translation>Punkt untersuchen</translation>
    </message>
    <message>
        <source>The step-through inspector on the first training point</source>
        <translation>Der Schritt-für-Schritt-Inspektor am ersten Trainingspunkt</translation>
    </message>
    <message>
        <source>start panel: run</source>
        <translation>Startbereich: Start</translation>
    </message>
    <message>
        <source>start panel: lesson</source>
        <translation>Startbereich: Lektion</translation>
    </message>
    <message>
        <source>start panel: inspect</source>
        <translation>Startbereich: untersuchen</translation>
    </message>
    <message>
        <source>{text} The first: “{lesson}”.</source>
        <translation>{text} Die erste: „{lesson}“.</translation>
    </message>
    <message>
        <source>Don&apos;t show this at start</source>
        <translation>Beim Start nicht mehr zeigen</translation>
    </message>
    <message>
        <source>Help ▸ Where to start opens it again.</source>
        <translation>Hilfe ▸ Wo anfangen öffnet ihn wieder.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>close the start panel</source>
        <translation>Startbereich schließen</translation>
    </message>
    <message>
        <source>There are no training points to inspect</source>
        <translation>Es gibt keine Trainingspunkte zum Untersuchen</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>training…</source>
        <translation>trainiert…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>epoch {epoch} · step {step}</source>
        <translation>Epoche {epoch} · Schritt {step}</translation>
    </message>
    <message>
        <source>{speed} steps/s</source>
        <translation>{speed} Schritte/s</translation>
    </message>
    <message>
        <source>loading PyTorch</source>
        <translation>PyTorch wird geladen</translation>
    </message>
    <message>
        <source>switching to {engine}</source>
        <translation>Wechsel zu {engine}</translation>
    </message>
    <message>
        <source>{what}… {seconds} s</source>
        <translation>{what}… {seconds} s</translation>
    </message>
    <message>
        <source> — slower than NumPy for this small net</source>
        <translation> — langsamer als NumPy für dieses kleine Netz</translation>
    </message>
    <message>
        <source> (compiled)</source>
        <translation> (kompiliert)</translation>
    </message>
    <message>
        <source>{engine} on {device}</source>
        <translation>{engine} auf {device}</translation>
    </message>
    <message>
        <source> · preparing the fast path…</source>
        <translation> · schneller Pfad wird vorbereitet…</translation>
    </message>
    <message>
        <source>Engine path: {note}</source>
        <translation>Engine-Pfad: {note}</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>◀◀ Start</source>
        <translation>◀◀ Anfang</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Run to end ▶▶</source>
        <translation>Bis zum Ende ▶▶</translation>
    </message>
    <message>
        <source>Run to end</source>
        <translation>Bis zum Ende</translation>
    </message>
    <message>
        <source>Step-through page</source>
        <translation>Seite der Schrittfolge</translation>
    </message>
    <message>
        <source>step {n} of {count}</source>
        <translation>Schritt {n} von {count}</translation>
    </message>
    <message>
        <source>x: the input point</source>
        <translation>x: der Eingabepunkt</translation>
    </message>
    <message>
        <source>(from an earlier step) {description}</source>
        <translation>(aus einem früheren Schritt) {description}</translation>
    </message>
    <message>
        <source>in {n}</source>
        <translation>Eing. {n}</translation>
    </message>
    <message>
        <source>unit {n}</source>
        <translation>Neuron {n}</translation>
    </message>
    <message>
        <source>finite difference for {param}</source>
        <translation>finite Differenz für {param}</translation>
    </message>
    <message>
        <source>(L(θ + ε) − L(θ − ε)) / 2ε with ε = {eps}, each entry moved on its own: an independent check of the backprop value beside it.</source>
        <translation>(L(θ + ε) − L(θ − ε)) / 2ε mit ε = {eps}, jeder Eintrag einzeln verschoben: eine unabhängige Prüfung des Backpropagation-Werts daneben.</translation>
    </message>
    <message>
        <source>max |backprop − finite difference| = {diff}</source>
        <translation>max |Backpropagation − finite Differenz| = {diff}</translation>
    </message>
    <message>
        <source>  ({done} of {size} entries: click an entry to check it)</source>
        <translation>  ({done} von {size} Einträgen: Eintrag anklicken, um ihn zu prüfen)</translation>
    </message>
    <message>
        <source>click an entry of the gradient to check it</source>
        <translation>klicken Sie einen Eintrag des Gradienten an, um ihn zu prüfen</translation>
    </message>
    <message>
        <source>{where} = 0 sit at ReLU&apos;s kink: backprop uses h(0) = 0 (as PyTorch does) while the central difference averages the two one-sided slopes, so the two may differ there.</source>
        <translation>{where} = 0 liegen am Knick der ReLU: die Backpropagation verwendet h(0) = 0 (wie PyTorch), während die zentrale Differenz die beiden einseitigen Steigungen mittelt; dort können sich beide unterscheiden.</translation>
    </message>
    <message>
        <source>{where} = 0 sits at ReLU&apos;s kink: backprop uses h(0) = 0 (as PyTorch does) while the central difference averages the two one-sided slopes, so the two may differ there.</source>
        <translation>{where} = 0 liegt am Knick der ReLU: die Backpropagation verwendet h(0) = 0 (wie PyTorch), während die zentrale Differenz die beiden einseitigen Steigungen mittelt; dort können sich beide unterscheiden.</translation>
    </message>
</context>
<context>
    <name>TeacherSender</name>
    <message>
        <source>no answer came in time</source>
        <translation>keine Antwort kam rechtzeitig</translation>
    </message>
    <message>
        <source>cannot reach the teacher&apos;s computer at {address} ({why}); nothing was handed in</source>
        <translation>der Computer der Lehrkraft unter {address} ist nicht erreichbar ({why}); nichts wurde abgegeben</translation>
    </message>
    <message>
        <source>the teacher&apos;s computer refused the hand-in: {why}</source>
        <translation>der Computer der Lehrkraft hat die Abgabe abgelehnt: {why}</translation>
    </message>
    <message>
        <source>handed in to the teacher&apos;s computer as {name}</source>
        <translation>beim Computer der Lehrkraft abgegeben als {name}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline: the run&apos;s step</source>
        <translation>Zeitleiste: Schritt des Laufs</translation>
    </message>
    <message>
        <source>Drag back to see the network as it was at that step (training pauses); release at the right end for the live run. Keys: ← → one step, PgUp/PgDn one epoch, End: live</source>
        <translation>Zurückziehen, um das Netz so zu sehen, wie es bei diesem Schritt war (das Training pausiert); am rechten Ende loslassen für den laufenden Lauf. Tasten: ← → ein Schritt, Bild↑/Bild↓ eine Epoche, Ende: live</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>Ab hier verzweigen</translation>
    </message>
    <message>
        <source>Train on from this step — the same weights, optimizer state and batch position — with the settings now in the panels; the run so far stays on the curves, faded</source>
        <translation>Ab diesem Schritt weitertrainieren — mit denselben Gewichten, demselben Optimiererzustand und derselben Stapelposition — mit den Einstellungen, die jetzt in den Bereichen stehen; der bisherige Lauf bleibt blass auf den Kurven</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Recorded checkpoint</source>
        <translation>Aufgezeichneter Prüfpunkt</translation>
    </message>
    <message>
        <source>Scrub back through the run&apos;s recorded checkpoints (arrow keys, Page Up/Down, Home, End)</source>
        <translation>Durch die aufgezeichneten Prüfpunkte des Laufs zurückspulen (Pfeiltasten, Bild↑/Bild↓, Pos1, Ende)</translation>
    </message>
    <message>
        <source>the network at this step</source>
        <translation>das Netz bei diesem Schritt</translation>
    </message>
    <message>
        <source>Loss of every mini-batch (block means)</source>
        <translation>Verlust jedes Mini-Batches (Blockmittel)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>recorded run</source>
        <translation>aufgezeichneter Lauf</translation>
    </message>
    <message>
        <source>Branch with</source>
        <translation>Verzweigen mit</translation>
    </message>
    <message>
        <source>Branch with settings</source>
        <translation>Verzweigen mit Einstellungen</translation>
    </message>
    <message>
        <source>optimizer and settings, e.g. adam lr=0.01</source>
        <translation>Optimierer und Einstellungen, z. B. adam lr=0.01</translation>
    </message>
    <message>
        <source>The same optimizer keeps its state (only the settings change); another optimizer starts fresh from these weights</source>
        <translation>Derselbe Optimierer behält seinen Zustand (nur die Einstellungen ändern sich); ein anderer Optimierer beginnt neu mit diesen Gewichten</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>Branch for epochs</source>
        <translation>Verzweigung: Epochen</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>Ab hier verzweigen</translation>
    </message>
    <message>
        <source>Animation for slides:</source>
        <translation>Animation für Folien:</translation>
    </message>
    <message>
        <source>Animation frames per second</source>
        <translation>Bilder pro Sekunde der Animation</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> Bilder/s</translation>
    </message>
    <message>
        <source>Frame rate of the animation: each frame is one recorded checkpoint</source>
        <translation>Bildrate der Animation: jedes Bild ist ein aufgezeichneter Prüfpunkt</translation>
    </message>
    <message>
        <source>Animation format</source>
        <translation>Format der Animation</translation>
    </message>
    <message>
        <source>GIF only: an MP4 encoder would add an ffmpeg binary of tens of MB to ANN Studio</source>
        <translation>Nur GIF: ein MP4-Encoder würde ANN Studio ein ffmpeg-Programm von mehreren zehn MB hinzufügen</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>Animation exportieren…</translation>
    </message>
    <message>
        <source>Save the run as an animated GIF: per checkpoint (at most {n}, spread evenly) the boundary and the loss curve up to that step</source>
        <translation>Den Lauf als animiertes GIF speichern: je Prüfpunkt (höchstens {n}, gleichmäßig verteilt) die Grenze und die Verlustkurve bis zu diesem Schritt</translation>
    </message>
    <message>
        <source>timeline: {n} checkpoints, one every {k} steps, {size} of {budget} (older checkpoints are thinned out to stay within it)</source>
        <translation>Zeitleiste: {n} Prüfpunkte, einer alle {k} Schritte, {size} von {budget} (ältere Prüfpunkte werden ausgedünnt, um darin zu bleiben)</translation>
    </message>
    <message>
        <source>timeline: {n} checkpoints, one every step, {size} of {budget} (older checkpoints are thinned out to stay within it)</source>
        <translation>Zeitleiste: {n} Prüfpunkte, einer je Schritt, {size} von {budget} (ältere Prüfpunkte werden ausgedünnt, um darin zu bleiben)</translation>
    </message>
    <message>
        <source>; its batch loss {loss}</source>
        <translation>; sein Stapelverlust {loss}</translation>
    </message>
    <message>
        <source>step {step} of {steps} ({place}){loss}</source>
        <translation>Schritt {step} von {steps} ({place}){loss}</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>Animiertes GIF (*.gif)</translation>
    </message>
    <message>
        <source>export canceled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>rendering {n} frames…</source>
        <translation>{n} Bilder werden erzeugt…</translation>
    </message>
    <message>
        <source>saved {name}: {n} frames at {fps} frames/s ({size})</source>
        <translation>{name} gespeichert: {n} Bilder mit {fps} Bildern/s ({size})</translation>
    </message>
    <message>
        <source>{settings} from step {step}</source>
        <translation>{settings} ab Schritt {step}</translation>
    </message>
    <message>
        <source>training the branch “{label}”…</source>
        <translation>Verzweigung „{label}“ wird trainiert…</translation>
    </message>
    <message>
        <source>the branch stopped: {reason}</source>
        <translation>die Verzweigung wurde abgebrochen: {reason}</translation>
    </message>
    <message>
        <source>branch “{label}”: {n} steps, mean loss of its last 10 batches {loss}{note}</source>
        <translation>Verzweigung „{label}“: {n} Schritte, mittlerer Verlust ihrer letzten 10 Stapel {loss}{note}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>SGD (+ momentum)</source>
        <translation>SGD (+ Momentum)</translation>
    </message>
    <message>
        <source>Momentum (lecture form)</source>
        <translation>Momentum (Vorlesungsform)</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>RMSProp (lecture form)</source>
        <translation>RMSProp (Vorlesungsform)</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Lecture: W ← W − η ∇Q(W) (lr = η); torch&apos;s momentum μ keeps a velocity v.</source>
        <translation>Vorlesung: W ← W − η ∇Q(W) (lr = η); das Momentum μ von torch führt eine Geschwindigkeit v mit.</translation>
    </message>
    <message>
        <source>Lecture: ΔW_t = (1−η)ΔW_{t−1} + η∇Q(W_t), W_{t+1} = W_t − αΔW_t, ΔW_0 = 0 (lr = α, eta = η); lecture run: α = 0.04, η = 0.7.</source>
        <translation>Vorlesung: ΔW_t = (1−η)ΔW_{t−1} + η∇Q(W_t), W_{t+1} = W_t − αΔW_t, ΔW_0 = 0 (lr = α, eta = η); Lauf der Vorlesung: α = 0,04, η = 0,7.</translation>
    </message>
    <message>
        <source>Lecture: each gradient component is divided by the square root of the running sum of its squares, step rate η; its formula writes + (a typo). Its code puts ε inside the root, √(G + ε); torch and this app add it outside, √G + ε.</source>
        <translation>Vorlesung: Jede Gradientenkomponente wird durch die Wurzel der laufenden Summe ihrer Quadrate geteilt, Schrittweite η; ihre Formel schreibt + (ein Tippfehler). Ihr Code setzt ε in die Wurzel, √(G + ε); torch und diese App addieren es außerhalb, √G + ε.</translation>
    </message>
    <message>
        <source>torch&apos;s RMSprop keeps v per component; its alpha is the lecture&apos;s γ (not the α of the lecture&apos;s momentum). The lecture&apos;s form keeps one v per matrix (choose &apos;RMSProp (lecture form)&apos;).</source>
        <translation>RMSprop von torch führt v je Komponente; sein alpha ist das γ der Vorlesung (nicht das α des Momentums der Vorlesung). Die Vorlesungsform führt ein v je Matrix (wählen Sie „RMSProp (Vorlesungsform)“).</translation>
    </message>
    <message>
        <source>Lecture&apos;s code: v = γv + (1−γ)‖∇‖², W ← W − η∇/√v (one v per matrix); it starts v at 1 and has no ε (this app starts v at 0 and adds ε). Its formula divides by v, its code by √v (the app follows the code).</source>
        <translation>Code der Vorlesung: v = γv + (1−γ)‖∇‖², W ← W − η∇/√v (ein v je Matrix); er beginnt mit v = 1 und hat kein ε (diese App beginnt mit v = 0 und addiert ε). Die Formel teilt durch v, der Code durch √v (die App folgt dem Code).</translation>
    </message>
    <message>
        <source>Not the lecture&apos;s training loop (that is SGD): Adam appears among its other optimizers, as torch.optim.Adam (lr 1e-3).</source>
        <translation>Nicht die Trainingsschleife der Vorlesung (das ist SGD): Adam erscheint unter ihren weiteren Optimierern, als torch.optim.Adam (lr 1e-3).</translation>
    </message>
    <message>
        <source>learning rate: the step size (η in the lecture, α in its momentum form)</source>
        <translation>Lernrate: die Schrittweite (η in der Vorlesung, α in ihrer Momentum-Form)</translation>
    </message>
    <message>
        <source>momentum μ: v ← μv + (1−dampening)∇ (0 = plain SGD)</source>
        <translation>Momentum μ: v ← μv + (1−dampening)∇ (0 = reines SGD)</translation>
    </message>
    <message>
        <source>dampening: how much of the new gradient enters the velocity</source>
        <translation>Dämpfung: wie viel des neuen Gradienten in die Geschwindigkeit eingeht</translation>
    </message>
    <message>
        <source>weight decay λ: adds λW to the gradient (L2 penalty)</source>
        <translation>Gewichtsabnahme λ: addiert λW zum Gradienten (L2-Strafterm)</translation>
    </message>
    <message>
        <source>Nesterov momentum: step with ∇ + μv</source>
        <translation>Nesterov-Momentum: Schritt mit ∇ + μv</translation>
    </message>
    <message>
        <source>η: weight of the new gradient in ΔW_t = (1−η)ΔW_{t−1} + η∇</source>
        <translation>η: Gewicht des neuen Gradienten in ΔW_t = (1−η)ΔW_{t−1} + η∇</translation>
    </message>
    <message>
        <source>lr decay: lr_t = lr / (1 + (t−1)·decay)</source>
        <translation>lr-Abnahme: lr_t = lr / (1 + (t−1)·decay)</translation>
    </message>
    <message>
        <source>the starting value of the sum of squared gradients G</source>
        <translation>der Startwert der Summe der quadrierten Gradienten G</translation>
    </message>
    <message>
        <source>ε: keeps the division finite</source>
        <translation>ε: hält die Division endlich</translation>
    </message>
    <message>
        <source>α: decay of the running average v of squared gradients (the lecture&apos;s γ)</source>
        <translation>α: Abklingrate des gleitenden Mittels v der quadrierten Gradienten (das γ der Vorlesung)</translation>
    </message>
    <message>
        <source>centred: divide by the square root of the variance estimate instead of the root mean square</source>
        <translation>zentriert: durch die Wurzel der Varianzschätzung statt durch den quadratischen Mittelwert teilen</translation>
    </message>
    <message>
        <source>γ: decay of the running average v = γv + (1−γ)‖∇‖²</source>
        <translation>γ: Abklingrate des gleitenden Mittels v = γv + (1−γ)‖∇‖²</translation>
    </message>
    <message>
        <source>β₁, β₂: decays of the running means of ∇ and ∇²</source>
        <translation>β₁, β₂: Abklingraten der gleitenden Mittel von ∇ und ∇²</translation>
    </message>
    <message>
        <source>AMSGrad: use the maximum of v seen so far</source>
        <translation>AMSGrad: das bisher größte v verwenden</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>Momentum μ</translation>
    </message>
    <message>
        <source>Dampening</source>
        <translation>Dämpfung</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Gewichtsabnahme</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>η (eta)</source>
        <translation>η (eta)</translation>
    </message>
    <message>
        <source>lr decay</source>
        <translation>lr-Abnahme</translation>
    </message>
    <message>
        <source>Initial G</source>
        <translation>Anfangs-G</translation>
    </message>
    <message>
        <source>ε (eps)</source>
        <translation>ε (eps)</translation>
    </message>
    <message>
        <source>α (alpha)</source>
        <translation>α (alpha)</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>Zentriert</translation>
    </message>
    <message>
        <source>γ (gamma)</source>
        <translation>γ (gamma)</translation>
    </message>
    <message>
        <source>β₁, β₂</source>
        <translation>β₁, β₂</translation>
    </message>
    <message>
        <source>AMSGrad</source>
        <translation>AMSGrad</translation>
    </message>
    <message>
        <source>NumPy</source>
        <translation>NumPy</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA (NVIDIA-GPU)</translation>
    </message>
    <message>
        <source>MPS (Apple GPU)</source>
        <translation>MPS (Apple-GPU)</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>Start ▶</translation>
    </message>
    <message>
        <source>Train until the epoch count (or until paused)  [Space]</source>
        <translation>Bis zur Epochenzahl trainieren (oder bis zur Pause)  [Leertaste]</translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation>Ein Stapel</translation>
    </message>
    <message>
        <source>Train one mini-batch  [S]</source>
        <translation>Einen Mini-Batch trainieren  [S]</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>Eine Epoche</translation>
    </message>
    <message>
        <source>Train to the end of this epoch</source>
        <translation>Bis zum Ende dieser Epoche trainieren</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>New initial weights (same seed), history cleared  [R]</source>
        <translation>Neue Anfangsgewichte (gleicher Startwert), Verlauf gelöscht  [R]</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Stapelgröße</translation>
    </message>
    <message>
        <source>Run stops after this many epochs in total ({bounds})</source>
        <translation>Der Lauf endet nach insgesamt so vielen Epochen ({bounds})</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>bis Stopp</translation>
    </message>
    <message>
        <source>Run until you press Pause</source>
        <translation>Laufen, bis Sie Pause drücken</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Trainingstempo</translation>
    </message>
    <message>
        <source>How fast training runs: slow enough to watch each step move the boundary, or as fast as the engine can</source>
        <translation>Wie schnell das Training läuft: langsam genug, um zu sehen, wie jeder Schritt die Grenze verschiebt, oder so schnell die Engine kann</translation>
    </message>
    <message>
        <source>one step per frame</source>
        <translation>ein Schritt pro Bild</translation>
    </message>
    <message>
        <source>Each step waits until the window has drawn the last one</source>
        <translation>Jeder Schritt wartet, bis das Fenster den letzten gezeichnet hat</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Pause ❚❚</source>
        <translation>Pause ❚❚</translation>
    </message>
    <message>
        <source>Pause training  [Space]</source>
        <translation>Training anhalten  [Leertaste]</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>choose the PyTorch engine to check this device</source>
        <translation>wählen Sie die PyTorch-Engine, um dieses Gerät zu prüfen</translation>
    </message>
    <message>
        <source>Train on {device}</source>
        <translation>Auf {device} trainieren</translation>
    </message>
    <message>
        <source>the NumPy engine runs on the CPU only; choose PyTorch for a GPU</source>
        <translation>die NumPy-Engine läuft nur auf der CPU; wählen Sie PyTorch für eine GPU</translation>
    </message>
    <message>
        <source>Training panel</source>
        <translation>Training-Bereich</translation>
    </message>
</context>
<context>
    <name>ViewDriver</name>
    <message>
        <source>Neuron {j} of {layer}: z over the input plane (max |z| = {scale})</source>
        <translation>Neuron {j} von {layer}: z über der Eingabeebene (max |z| = {scale})</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start again with the lecture run</source>
        <translation>Neu beginnen mit dem Lauf aus der Vorlesung</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an experiment file</source>
        <translation>Eine Experimentdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the experiment</source>
        <translation>Das Experiment speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the experiment as a new file</source>
        <translation>Das Experiment als neue Datei speichern</translation>
    </message>
    <message>
        <source>PyTorch script…</source>
        <translation>PyTorch-Skript…</translation>
    </message>
    <message>
        <source>Write the equivalent PyTorch script</source>
        <translation>Das gleichwertige PyTorch-Skript schreiben</translation>
    </message>
    <message>
        <source>Loss history CSV…</source>
        <translation>Verlaufsdaten als CSV…</translation>
    </message>
    <message>
        <source>Per-epoch losses and accuracy as CSV, then the current metrics (confusion matrix, …)</source>
        <translation>Verlust und Genauigkeit je Epoche als CSV, danach die aktuellen Metriken (Konfusionsmatrix, …)</translation>
    </message>
    <message>
        <source>Plot as PNG/SVG…</source>
        <translation>Diagramm als PNG/SVG…</translation>
    </message>
    <message>
        <source>Save the loss curves as an image</source>
        <translation>Die Verlustkurven als Bild speichern</translation>
    </message>
    <message>
        <source>Window as PNG…</source>
        <translation>Fenster als PNG…</translation>
    </message>
    <message>
        <source>Save a picture of the whole window</source>
        <translation>Ein Bild des ganzen Fensters speichern</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>&amp;Abgeben…</translation>
    </message>
    <message>
        <source>Hand this trained run in for a challenge, to a folder your teacher collects from</source>
        <translation>Diesen trainierten Lauf für eine Aufgabe abgeben, in einen Ordner, den die Lehrkraft einsammelt</translation>
    </message>
    <message>
        <source>New &amp;challenge…</source>
        <translation>Neue &amp;Aufgabe…</translation>
    </message>
    <message>
        <source>Turn this experiment into a challenge for the class: a file for the students and a key with the held-out points for you</source>
        <translation>Dieses Experiment zur Aufgabe für die Klasse machen: eine Datei für die Lernenden und ein Schlüssel mit den zurückgehaltenen Punkten für Sie</translation>
    </message>
    <message>
        <source>Collect from &amp;folder…</source>
        <translation>Aus &amp;Ordner einsammeln…</translation>
    </message>
    <message>
        <source>Score every hand-in of a folder on the key&apos;s held-out points and show the class</source>
        <translation>Jede Abgabe eines Ordners an den zurückgehaltenen Punkten des Schlüssels bewerten und die Klasse zeigen</translation>
    </message>
    <message>
        <source>Collect from .&amp;zip…</source>
        <translation>Aus .&amp;zip einsammeln…</translation>
    </message>
    <message>
        <source>Score every hand-in of a .zip (from a learning platform) and show the class</source>
        <translation>Jede Abgabe einer .zip-Datei (von einer Lernplattform) bewerten und die Klasse zeigen</translation>
    </message>
    <message>
        <source>&amp;Receive hand-ins on this network…</source>
        <translation>Abgaben im Netzwerk &amp;empfangen…</translation>
    </message>
    <message>
        <source>Let the students hand in from their computers to this one, over the classroom&apos;s network; the class table follows as hand-ins arrive</source>
        <translation>Die Lernenden geben von ihren Rechnern über das Netzwerk des Raums an diesen ab; die Klassentabelle füllt sich, sobald Abgaben eintreffen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close ANN Studio</source>
        <translation>ANN Studio schließen</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>Start ▶</translation>
    </message>
    <message>
        <source>Run or pause training  [Space]</source>
        <translation>Training starten oder anhalten  [Leertaste]</translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation>Ein Stapel</translation>
    </message>
    <message>
        <source>Train one mini-batch  [S]</source>
        <translation>Einen Mini-Batch trainieren  [S]</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>Eine Epoche</translation>
    </message>
    <message>
        <source>Train one epoch  [Shift+S]</source>
        <translation>Eine Epoche trainieren  [Umschalt+S]</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>New initial weights, history cleared  [R]</source>
        <translation>Neue Anfangsgewichte, Verlauf gelöscht  [R]</translation>
    </message>
    <message>
        <source>Step-through &amp;inspector</source>
        <translation>Schritt-für-Schritt-&amp;Inspektor</translation>
    </message>
    <message>
        <source>Step through forward and backward pass for one point</source>
        <translation>Vorwärts- und Rückwärtsdurchlauf für einen Punkt Schritt für Schritt</translation>
    </message>
    <message>
        <source>&amp;About ANN Studio</source>
        <translation>Ü&amp;ber ANN Studio</translation>
    </message>
    <message>
        <source>&amp;Notation</source>
        <translation>&amp;Notation</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>What to do first, step by step</source>
        <translation>Was zuerst zu tun ist, Schritt für Schritt</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key the window understands</source>
        <translation>Jede Taste, die das Fenster versteht</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <source>Dark colours</source>
        <translation>Dunkle Farben</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Black on white with strong lines, for a washed-out projector or low vision</source>
        <translation>Schwarz auf Weiß mit kräftigen Linien, für einen blassen Beamer oder eingeschränktes Sehen</translation>
    </message>
    <message>
        <source>Larger fonts (projector)</source>
        <translation>Größere Schrift (Beamer)</translation>
    </message>
    <message>
        <source>Bigger text for a projector</source>
        <translation>Größerer Text für einen Beamer</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Large fonts, thick lines, big points and a large status line: readable from the back of a room on a projector</source>
        <translation>Große Schrift, dicke Linien, große Punkte und eine große Statuszeile: per Beamer auch hinten im Raum lesbar</translation>
    </message>
    <message>
        <source>Dataset panel</source>
        <translation>Datensatz-Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Dataset panel</source>
        <translation>Den Tastaturfokus in den Datensatz-Bereich setzen</translation>
    </message>
    <message>
        <source>Network panel</source>
        <translation>Netz-Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Network panel</source>
        <translation>Den Tastaturfokus in den Netz-Bereich setzen</translation>
    </message>
    <message>
        <source>Training panel</source>
        <translation>Training-Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Training panel</source>
        <translation>Den Tastaturfokus in den Training-Bereich setzen</translation>
    </message>
    <message>
        <source>Data view (arrow keys move a cross)</source>
        <translation>Datenansicht (Pfeiltasten bewegen ein Kreuz)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Data view</source>
        <translation>Den Tastaturfokus in die Datenansicht setzen</translation>
    </message>
    <message>
        <source>PyTorch layer order (fc1 = first)</source>
        <translation>PyTorch-Schichtreihenfolge (fc1 = erste)</translation>
    </message>
    <message>
        <source>Number layers from the input like PyTorch instead of from the output</source>
        <translation>Schichten wie PyTorch vom Eingang statt vom Ausgang aus nummerieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Klasse</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source> Learning rate </source>
        <translation> Lernrate </translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Learning rate: change it while training</source>
        <translation>Lernrate: auch während des Trainings änderbar</translation>
    </message>
    <message>
        <source>  Speed </source>
        <translation>  Tempo </translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Trainingstempo</translation>
    </message>
    <message>
        <source>{tip} (also on the Training panel)</source>
        <translation>{tip} (auch im Training-Bereich)</translation>
    </message>
</context>
<context>
    <name>busy</name>
    <message>
        <source>another file is still being read; wait for it or cancel it</source>
        <translation>eine andere Datei wird noch gelesen; warten Sie oder brechen Sie ab</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>das Lesen wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>challenge_dialog</name>
    <message>
        <source>, derived inputs {features}</source>
        <translation>, abgeleitete Eingaben {features}</translation>
    </message>
    <message>
        <source>The {name} set shipped with ANN Studio ({n} points{extra}).</source>
        <translation>Der Datensatz {name}, mitgeliefert mit ANN Studio ({n} Punkte{extra}).</translation>
    </message>
    <message>
        <source>Public: its points ship with every copy of ANN Studio, held-out ones too, so a student could train on them; for a graded challenge use a generator or your own CSV.</source>
        <translation>Öffentlich: seine Punkte liegen jeder Kopie von ANN Studio bei, auch die zurückgehaltenen, sodass Studierende darauf trainieren könnten; für eine bewertete Challenge nehmen Sie einen Generator oder Ihre eigene CSV-Datei.</translation>
    </message>
    <message>
        <source>, {n} classes</source>
        <translation>, {n} Klassen</translation>
    </message>
    <message>
        <source>The {name} generator: {n} points, noise {noise}{classes}{extra}.</source>
        <translation>Der Generator {name}: {n} Punkte, Rauschen {noise}{classes}{extra}.</translation>
    </message>
    <message>
        <source>Redrawn with a secret seed, so no student can regenerate the held-out points (the points differ from the ones on screen).</source>
        <translation>Mit einem geheimen Seed neu gezogen, sodass niemand die zurückgehaltenen Punkte nachbauen kann (die Punkte unterscheiden sich von denen auf dem Bildschirm).</translation>
    </message>
    <message>
        <source>The CSV file {name}: {n} points{extra}.</source>
        <translation>Die CSV-Datei {name}: {n} Punkte{extra}.</translation>
    </message>
    <message>
        <source>A CSV file: {n} points{extra}.</source>
        <translation>Eine CSV-Datei: {n} Punkte{extra}.</translation>
    </message>
    <message>
        <source>{n} points drawn or edited by hand{extra}.</source>
        <translation>{n} von Hand gezeichnete oder bearbeitete Punkte{extra}.</translation>
    </message>
    <message>
        <source>The held-out points are picked by a secret shuffle of these points.</source>
        <translation>Die zurückgehaltenen Punkte werden durch ein geheimes Mischen dieser Punkte gewählt.</translation>
    </message>
</context>
<context>
    <name>challenge_mode</name>
    <message>
        <source>over the limit</source>
        <translation>über der Grenze</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>Limit on the parameters</source>
        <translation>Grenze für die Parameter</translation>
    </message>
    <message>
        <source>Limit on the epochs</source>
        <translation>Grenze für die Epochen</translation>
    </message>
    <message>
        <source>Limit on the optimizer</source>
        <translation>Grenze für den Optimierer</translation>
    </message>
    <message>
        <source>Limit on the activations</source>
        <translation>Grenze für die Aktivierungen</translation>
    </message>
    <message>
        <source>Locked by the challenge: {reason}</source>
        <translation>Von der Challenge gesperrt: {reason}</translation>
    </message>
    <message>
        <source>{n} / {most} parameters</source>
        <translation>{n} / {most} Parameter</translation>
    </message>
    <message>
        <source>epochs {n} / {most}, until stopped</source>
        <translation>Epochen {n} / {most}, bis zum Anhalten</translation>
    </message>
    <message>
        <source>epochs {n} / {most}</source>
        <translation>Epochen {n} / {most}</translation>
    </message>
    <message>
        <source>optimizer: {mine} (allowed: {allowed})</source>
        <translation>Optimierer: {mine} (erlaubt: {allowed})</translation>
    </message>
    <message>
        <source>activations: {mine} (allowed: {allowed})</source>
        <translation>Aktivierungen: {mine} (erlaubt: {allowed})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>class_plots</name>
    <message>
        <source>1 layer</source>
        <translation>1 Schicht</translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation>{n} Schichten</translation>
    </message>
</context>
<context>
    <name>class_view</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>not finite</source>
        <translation>nicht endlich</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>1 hand-in file</source>
        <translation>1 Abgabedatei</translation>
    </message>
    <message>
        <source>{n} hand-in files</source>
        <translation>{n} Abgabedateien</translation>
    </message>
    <message>
        <source>{n} ranked</source>
        <translation>{n} gewertet</translation>
    </message>
    <message>
        <source>{n} flagged</source>
        <translation>{n} markiert</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>{n} abgelehnt</translation>
    </message>
    <message>
        <source>1 other file ignored</source>
        <translation>1 andere Datei ignoriert</translation>
    </message>
    <message>
        <source>{n} other files ignored</source>
        <translation>{n} andere Dateien ignoriert</translation>
    </message>
    <message>
        <source>{title}: {parts}. Scores are {measure}, computed here on the key&apos;s held-out points (from {source}).</source>
        <translation>{title}: {parts}. Bewertung: {measure}, hier auf den zurückgehaltenen Punkten des Schlüssels berechnet (aus {source}).</translation>
    </message>
</context>
<context>
    <name>classroom</name>
    <message>
        <source>held-out accuracy</source>
        <translation>Genauigkeit (zurückgehalten)</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>Verlust (zurückgehalten)</translation>
    </message>
    <message>
        <source>held-out R²</source>
        <translation>R² (zurückgehalten)</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Everyone trains on the same points, so the held-out scores compare.</source>
        <translation>Alle trainieren auf denselben Punkten, damit die Ergebnisse auf den zurückgehaltenen Punkten vergleichbar sind.</translation>
    </message>
    <message>
        <source>the derived features</source>
        <translation>abgeleitete Merkmale</translation>
    </message>
    <message>
        <source>The inputs are part of the task.</source>
        <translation>Die Eingaben sind Teil der Aufgabe.</translation>
    </message>
    <message>
        <source>standardisation</source>
        <translation>Standardisierung</translation>
    </message>
    <message>
        <source>The inputs are given as they are.</source>
        <translation>Die Eingaben sind so vorgegeben, wie sie sind.</translation>
    </message>
    <message>
        <source>the hidden layers</source>
        <translation>verborgene Schichten</translation>
    </message>
    <message>
        <source>The network&apos;s shape is given; the task is about the other choices.</source>
        <translation>Die Form des Netzes ist vorgegeben; die Aufgabe betrifft die anderen Entscheidungen.</translation>
    </message>
    <message>
        <source>the activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>The activations are given.</source>
        <translation>Die Aktivierungen sind vorgegeben.</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>The output layer follows from the task.</source>
        <translation>Die Ausgabeschicht ergibt sich aus der Aufgabe.</translation>
    </message>
    <message>
        <source>the initial weights</source>
        <translation>Anfangsgewichte</translation>
    </message>
    <message>
        <source>Everyone starts from the same weights.</source>
        <translation>Alle beginnen mit denselben Gewichten.</translation>
    </message>
    <message>
        <source>the optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>The optimizer is given.</source>
        <translation>Der Optimierer ist vorgegeben.</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>The learning rate is given.</source>
        <translation>Die Lernrate ist vorgegeben.</translation>
    </message>
    <message>
        <source>the optimizer&apos;s hyperparameters</source>
        <translation>Hyperparameter des Optimierers</translation>
    </message>
    <message>
        <source>The optimizer&apos;s settings are given.</source>
        <translation>Die Einstellungen des Optimierers sind vorgegeben.</translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>The batch size is given.</source>
        <translation>Die Batchgröße ist vorgegeben.</translation>
    </message>
    <message>
        <source>the number of epochs</source>
        <translation>Anzahl der Epochen</translation>
    </message>
    <message>
        <source>Everyone trains for the same number of epochs.</source>
        <translation>Alle trainieren gleich viele Epochen.</translation>
    </message>
    <message>
        <source>the batch order</source>
        <translation>Reihenfolge der Batches</translation>
    </message>
    <message>
        <source>Everyone sees the batches in the same order.</source>
        <translation>Alle sehen die Batches in derselben Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>compare_windows</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Optimizer &amp;race…</source>
        <translation>Optimierer-&amp;Rennen…</translation>
    </message>
    <message>
        <source>Train several optimizers from the same initial weights on the same batches</source>
        <translation>Mehrere Optimierer mit denselben Anfangsgewichten auf denselben Stapeln trainieren</translation>
    </message>
    <message>
        <source>Loss &amp;landscape…</source>
        <translation>Verlust&amp;landschaft…</translation>
    </message>
    <message>
        <source>The training loss over a plane through the current weights; click to move there</source>
        <translation>Der Trainingsverlust über einer Ebene durch die aktuellen Gewichte; ein Klick setzt die Gewichte dorthin</translation>
    </message>
    <message>
        <source>&amp;Timeline and branches…</source>
        <translation>&amp;Zeitleiste und Verzweigungen…</translation>
    </message>
    <message>
        <source>Record a run of this experiment, scrub back through it and branch with other settings</source>
        <translation>Einen Lauf dieses Experiments aufzeichnen, darin zurückspulen und mit anderen Einstellungen verzweigen</translation>
    </message>
    <message>
        <source>{title} — ANN Studio</source>
        <translation>{title} — ANN Studio</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>Optimierer-Rennen</translation>
    </message>
    <message>
        <source>The map of the window&apos;s current weights (random directions: the window&apos;s live run keeps no recorded path; the Timeline window&apos;s runs do). Press Compute map; a click sets the window&apos;s weights there.</source>
        <translation>Die Karte um die aktuellen Gewichte des Fensters (zufällige Richtungen: der laufende Lauf des Fensters zeichnet keinen Pfad auf, die Läufe des Zeitleisten-Fensters schon). „Karte berechnen“ drücken; ein Klick setzt die Gewichte des Fensters dorthin.</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Verlustlandschaft</translation>
    </message>
    <message>
        <source>recording {epochs} epochs of {settings} from the experiment&apos;s initial weights…</source>
        <translation>{epochs} Epochen {settings} ab den Anfangsgewichten des Experiments werden aufgezeichnet…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>engine_note</name>
    <message>
        <source>{engine} on {device}: only PyTorch runs on a GPU.</source>
        <translation>{engine} auf {device}: Nur PyTorch läuft auf einer GPU.</translation>
    </message>
    <message>
        <source>one step is F = batch × Σ d_in·d_out = {flops} multiply-adds (PyTorch {dtype} pays off from about {threshold})</source>
        <translation>ein Schritt ist F = batch × Σ d_in·d_out = {flops} Multiplikationen mit Addition (PyTorch {dtype} lohnt sich ab etwa {threshold})</translation>
    </message>
    <message>
        <source>PyTorch on the CPU runs slower than NumPy on a network this small: {work}, so its fixed cost per step outweighs the work. Engine &apos;auto&apos; would pick NumPy here.</source>
        <translation>PyTorch auf der CPU läuft bei einem so kleinen Netz langsamer als NumPy: {work}, daher überwiegen seine festen Kosten pro Schritt die Arbeit. Die Engine „auto“ würde hier NumPy wählen.</translation>
    </message>
    <message>
        <source>PyTorch on the CPU: {work}; large enough for PyTorch to be the faster engine.</source>
        <translation>PyTorch auf der CPU: {work}; groß genug, dass PyTorch die schnellere Engine ist.</translation>
    </message>
    <message>
        <source>Engine &apos;auto&apos; picked NumPy: {work}.</source>
        <translation>Die Engine „auto“ hat NumPy gewählt: {work}.</translation>
    </message>
    <message>
        <source>NumPy on the CPU: {work}.</source>
        <translation>NumPy auf der CPU: {work}.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>choose a .png or .svg file name, not {name}</source>
        <translation>wählen Sie einen Dateinamen mit .png oder .svg, nicht {name}</translation>
    </message>
    <message>
        <source>the plot has no size to export yet</source>
        <translation>das Diagramm hat noch keine Größe zum Exportieren</translation>
    </message>
    <message>
        <source>Qt could not write the PNG image</source>
        <translation>Qt konnte das PNG-Bild nicht schreiben</translation>
    </message>
    <message>
        <source>nothing was written to {name}</source>
        <translation>in {name} wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>could not save {path}: {reason}</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>there is no plot to export</source>
        <translation>es gibt kein Diagramm zum Exportieren</translation>
    </message>
    <message>
        <source>an ANN Studio experiment</source>
        <translation>ein ANN-Studio-Experiment</translation>
    </message>
    <message>
        <source>a Python script</source>
        <translation>ein Python-Skript</translation>
    </message>
    <message>
        <source>another kind of file</source>
        <translation>eine Datei anderer Art</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>PyTorch script (multi-GPU, torchrun)…</source>
        <translation>PyTorch-Skript (Multi-GPU, torchrun)…</translation>
    </message>
    <message>
        <source>The same script, ready for many GPUs: runs as python train_ddp.py or as torchrun --nproc_per_node=N train_ddp.py, with the same batch and learning rate</source>
        <translation>Dasselbe Skript, bereit für viele GPUs: läuft als python train_ddp.py oder als torchrun --nproc_per_node=N train_ddp.py, mit demselben Stapel und derselben Lernrate</translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>{goal} at epoch {epoch}</source>
        <translation>{goal} in Epoche {epoch}</translation>
    </message>
    <message>
        <source>{goal}  (now {value})</source>
        <translation>{goal}  (jetzt {value})</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>lowest training loss</source>
        <translation>niedrigster Trainingsverlust</translation>
    </message>
    <message>
        <source>epochs trained</source>
        <translation>trainierte Epochen</translation>
    </message>
    <message>
        <source>epochs to reach loss {loss}</source>
        <translation>Epochen bis Verlust {loss}</translation>
    </message>
    <message>
        <source>first layer&apos;s gradient norm / last layer&apos;s</source>
        <translation>Gradientennorm der ersten Schicht / der letzten</translation>
    </message>
    <message>
        <source>epochs whose loss went up</source>
        <translation>Epochen mit steigendem Verlust</translation>
    </message>
    <message>
        <source>largest rise of the loss between epochs</source>
        <translation>größter Anstieg des Verlusts zwischen Epochen</translation>
    </message>
    <message>
        <source>largest climb above the lowest loss so far</source>
        <translation>größter Wiederanstieg über den bisher niedrigsten Verlust</translation>
    </message>
    <message>
        <source>share of steps whose batch loss went up</source>
        <translation>Anteil der Schritte mit steigendem Batch-Verlust</translation>
    </message>
    <message>
        <source>hidden units in all</source>
        <translation>verborgene Neuronen insgesamt</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>verborgene Schichten</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Row vectors: &lt;b&gt;u = z W + b&lt;/b&gt;. A network with K weight layers, numbered from the output: the input is z&lt;sub&gt;K&lt;/sub&gt; = x; for i = K … 1: u&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt; W&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;i&lt;/sub&gt;, z&lt;sub&gt;i−1&lt;/sub&gt; = φ&lt;sub&gt;i&lt;/sub&gt;(u&lt;sub&gt;i&lt;/sub&gt;); the output is z&lt;sub&gt;0&lt;/sub&gt;.</source>
        <translation>Zeilenvektoren: &lt;b&gt;u = z W + b&lt;/b&gt;. Ein Netz mit K Gewichtsschichten, vom Ausgang her nummeriert: Die Eingabe ist z&lt;sub&gt;K&lt;/sub&gt; = x; für i = K … 1: u&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt; W&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;i&lt;/sub&gt;, z&lt;sub&gt;i−1&lt;/sub&gt; = φ&lt;sub&gt;i&lt;/sub&gt;(u&lt;sub&gt;i&lt;/sub&gt;); die Ausgabe ist z&lt;sub&gt;0&lt;/sub&gt;.</translation>
    </message>
    <message>
        <source>W&lt;sub&gt;i&lt;/sub&gt; has shape d&lt;sub&gt;i&lt;/sub&gt; × d&lt;sub&gt;i−1&lt;/sub&gt; (rows = inputs of that layer), so the number of parameters is Σ&lt;sub&gt;i&lt;/sub&gt; d&lt;sub&gt;i−1&lt;/sub&gt;(d&lt;sub&gt;i&lt;/sub&gt; + 1).</source>
        <translation>W&lt;sub&gt;i&lt;/sub&gt; hat die Form d&lt;sub&gt;i&lt;/sub&gt; × d&lt;sub&gt;i−1&lt;/sub&gt; (Zeilen = Eingänge dieser Schicht), also ist die Zahl der Parameter Σ&lt;sub&gt;i&lt;/sub&gt; d&lt;sub&gt;i−1&lt;/sub&gt;(d&lt;sub&gt;i&lt;/sub&gt; + 1).</translation>
    </message>
    <message>
        <source>Layer 1 is the output layer. PyTorch numbers the other way (fc1 is next to the input): View ▸ PyTorch layer order switches the labels.</source>
        <translation>Schicht 1 ist die Ausgabeschicht. PyTorch nummeriert andersherum (fc1 liegt am Eingang): Ansicht ▸ PyTorch-Schichtreihenfolge schaltet die Beschriftungen um.</translation>
    </message>
    <message>
        <source>Binary classification: z&lt;sub&gt;0&lt;/sub&gt; = σ(u&lt;sub&gt;1&lt;/sub&gt;), loss −log σ(y·u) for labels y = ±1 (the same as cross entropy with 0/1 labels). Multi-class: softmax + cross entropy. Regression: identity + mean squared error.</source>
        <translation>Binäre Klassifikation: z&lt;sub&gt;0&lt;/sub&gt; = σ(u&lt;sub&gt;1&lt;/sub&gt;), Verlust −log σ(y·u) für Labels y = ±1 (dasselbe wie Kreuzentropie mit 0/1-Labels). Mehrklassen: Softmax + Kreuzentropie. Regression: Identität + mittlerer quadratischer Fehler.</translation>
    </message>
    <message>
        <source>Backpropagation: ∂L/∂W&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; δ&lt;sub&gt;i&lt;/sub&gt; with δ&lt;sub&gt;i&lt;/sub&gt; = ∂L/∂u&lt;sub&gt;i&lt;/sub&gt;; the δ travel from the output towards the input through the Jacobians ∇φ and W&lt;sup&gt;T&lt;/sup&gt;.</source>
        <translation>Rückpropagierung: ∂L/∂W&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; δ&lt;sub&gt;i&lt;/sub&gt; mit δ&lt;sub&gt;i&lt;/sub&gt; = ∂L/∂u&lt;sub&gt;i&lt;/sub&gt;; die δ wandern vom Ausgang zum Eingang durch die Jacobi-Matrizen ∇φ und W&lt;sup&gt;T&lt;/sup&gt;.</translation>
    </message>
    <message>
        <source>Notation (as in the lecture)</source>
        <translation>Notation (wie in der Vorlesung)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Move the cross</source>
        <translation>Kreuz bewegen</translation>
    </message>
    <message>
        <source>←  →  ↑  ↓ (Shift: larger steps)</source>
        <translation>←  →  ↑  ↓ (Umschalt: größere Schritte)</translation>
    </message>
    <message>
        <source>Click there (the Dataset panel&apos;s tool)</source>
        <translation>Dort klicken (das Werkzeug des Datensatz-Bereichs)</translation>
    </message>
    <message>
        <source>Space, Enter</source>
        <translation>Leertaste, Eingabe</translation>
    </message>
    <message>
        <source>Erase the nearest point</source>
        <translation>Nächsten Punkt löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Inspect the nearest point</source>
        <translation>Nächsten Punkt untersuchen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>In the data view</source>
        <translation>In der Datenansicht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data&lt;/b&gt; — in the &lt;i&gt;Dataset&lt;/i&gt; panel pick a dataset (two moons, circles, spirals …) or import a CSV; or open a ready-made lesson from the &lt;i&gt;Lessons&lt;/i&gt; menu.</source>
        <translation>&lt;b&gt;Daten&lt;/b&gt; — im Bereich &lt;i&gt;Datensatz&lt;/i&gt; einen Datensatz wählen (zwei Monde, Kreise, Spiralen …) oder eine CSV-Datei importieren; oder eine fertige Lektion aus dem Menü &lt;i&gt;Lektionen&lt;/i&gt; öffnen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Network&lt;/b&gt; — in the &lt;i&gt;Network&lt;/i&gt; panel add hidden layers and set each one&apos;s width and activation; the diagram under the data shows the result.</source>
        <translation>&lt;b&gt;Netz&lt;/b&gt; — im Bereich &lt;i&gt;Netz&lt;/i&gt; verborgene Schichten hinzufügen und für jede Breite und Aktivierungsfunktion festlegen; das Diagramm unter den Daten zeigt das Ergebnis.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training&lt;/b&gt; — in the &lt;i&gt;Training&lt;/i&gt; panel choose the optimizer, the learning rate, the batch size and the number of epochs.</source>
        <translation>&lt;b&gt;Training&lt;/b&gt; — im Bereich &lt;i&gt;Training&lt;/i&gt; den Optimierer, die Lernrate, die Stapelgröße und die Zahl der Epochen wählen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run&lt;/b&gt; — press &lt;i&gt;Run ▶&lt;/i&gt;{run} and watch the decision boundary, the loss curves and every layer&apos;s neurons change. &lt;i&gt;Step batch&lt;/i&gt;{step_batch} and &lt;i&gt;Step epoch&lt;/i&gt;{step_epoch} train a little at a time; &lt;i&gt;Reset&lt;/i&gt;{reset} starts again from new initial weights.</source>
        <translation>&lt;b&gt;Start&lt;/b&gt; — &lt;i&gt;Start ▶&lt;/i&gt;{run} drücken und zusehen, wie sich die Entscheidungsgrenze, die Verlustkurven und die Neuronen jeder Schicht verändern. &lt;i&gt;Ein Stapel&lt;/i&gt;{step_batch} und &lt;i&gt;Eine Epoche&lt;/i&gt;{step_epoch} trainieren jeweils ein kleines Stück; &lt;i&gt;Reset&lt;/i&gt;{reset} beginnt neu mit neuen Anfangsgewichten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look inside&lt;/b&gt; — choose &lt;i&gt;Inspect&lt;/i&gt; under &quot;Click in the data view to&quot; and click a point: the step-through inspector{inspector} shows its forward pass and backpropagation with the real numbers.</source>
        <translation>&lt;b&gt;Hineinschauen&lt;/b&gt; — unter „Klick in die Datenansicht:“ &lt;i&gt;Untersuchen&lt;/i&gt; wählen und auf einen Punkt klicken: Der Schritt-für-Schritt-Inspektor{inspector} zeigt seinen Vorwärtsdurchlauf und die Rückpropagierung mit den echten Zahlen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep it&lt;/b&gt; — &lt;i&gt;File ▸ Save&lt;/i&gt;{save} writes the experiment; &lt;i&gt;File ▸ Export ▸ PyTorch script&lt;/i&gt; writes the same model for PyTorch.</source>
        <translation>&lt;b&gt;Behalten&lt;/b&gt; — &lt;i&gt;Datei ▸ Speichern&lt;/i&gt;{save} schreibt das Experiment; &lt;i&gt;Datei ▸ Exportieren ▸ PyTorch-Skript&lt;/i&gt; schreibt dasselbe Modell für PyTorch.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Help ▸ Notation explains the symbols; Help ▸ Keyboard shortcuts lists every key.</source>
        <translation>Hilfe ▸ Notation erklärt die Symbole; Hilfe ▸ Tastenkürzel listet jede Taste auf.</translation>
    </message>
</context>
<context>
    <name>inspect</name>
    <message>
        <source>scalar</source>
        <translation>Skalar</translation>
    </message>
    <message>
        <source>shape {shape}</source>
        <translation>Form {shape}</translation>
    </message>
    <message>
        <source>shape {shape} · min {min} · max {max} · norm {norm}</source>
        <translation>Form {shape} · Min. {min} · Max. {max} · Norm {norm}</translation>
    </message>
    <message>
        <source>The input point</source>
        <translation>Der Eingabepunkt</translation>
    </message>
    <message>
        <source>Forward through {layer}</source>
        <translation>Vorwärts durch {layer}</translation>
    </message>
    <message>
        <source>Output and loss</source>
        <translation>Ausgabe und Verlust</translation>
    </message>
    <message>
        <source>Backward: the loss&apos;s derivative</source>
        <translation>Rückwärts: die Ableitung des Verlusts</translation>
    </message>
    <message>
        <source>Backward through {layer}: gradients of {W}, {b}</source>
        <translation>Rückwärts durch {layer}: Gradienten von {W}, {b}</translation>
    </message>
    <message>
        <source>Backward: pass the gradient on to {layer}</source>
        <translation>Rückwärts: den Gradienten an {layer} weitergeben</translation>
    </message>
    <message>
        <source>used here, in unit {j} of {layer}:</source>
        <translation>hier verwendet, in Neuron {j} von {layer}:</translation>
    </message>
    <message>
        <source>softmax is not element-wise: every output depends on every u.</source>
        <translation>softmax wirkt nicht elementweise: jede Ausgabe hängt von jedem u ab.</translation>
    </message>
    <message>
        <source>0.1·N(0, 1) (the lecture&apos;s initialisation)</source>
        <translation>0,1·N(0, 1) (die Initialisierung der Vorlesung)</translation>
    </message>
    <message>
        <source>U(−a, a) with a = √(6/(d + e)) (Xavier)</source>
        <translation>U(−a, a) mit a = √(6/(d + e)) (Xavier)</translation>
    </message>
    <message>
        <source>N(0, 2/d) (He)</source>
        <translation>N(0, 2/d) (He)</translation>
    </message>
    <message>
        <source>drawn from {how} with seed {seed}</source>
        <translation>gezogen aus {how} mit Seed {seed}</translation>
    </message>
    <message>
        <source>drawn from {how}</source>
        <translation>gezogen aus {how}</translation>
    </message>
    <message>
        <source>current value after 1 training step</source>
        <translation>aktueller Wert nach 1 Trainingsschritt</translation>
    </message>
    <message>
        <source>current value after {steps} training steps</source>
        <translation>aktueller Wert nach {steps} Trainingsschritten</translation>
    </message>
    <message>
        <source>{trained}; initialised {drawn}</source>
        <translation>{trained}; initialisiert: {drawn}</translation>
    </message>
    <message>
        <source>set by hand, a lesson or a file (not the random initialisation); not trained yet</source>
        <translation>von Hand, durch eine Lektion oder eine Datei gesetzt (nicht die zufällige Initialisierung); noch nicht trainiert</translation>
    </message>
    <message>
        <source>initial value, {drawn}; biases start at 0; not trained yet</source>
        <translation>Anfangswert, {drawn}; Biases starten bei 0; noch nicht trainiert</translation>
    </message>
    <message>
        <source>its current value</source>
        <translation>sein aktueller Wert</translation>
    </message>
    <message>
        <source>the network&apos;s output</source>
        <translation>die Ausgabe des Netzes</translation>
    </message>
    <message>
        <source>the output of unit {j} of {layer}</source>
        <translation>die Ausgabe von Neuron {j} von {layer}</translation>
    </message>
    <message>
        <source>{z} = {value}: {where}, computed on {layer}&apos;s forward page:</source>
        <translation>{z} = {value}: {where}, berechnet auf der Vorwärtsseite von {layer}:</translation>
    </message>
    <message>
        <source>the data point</source>
        <translation>dem Datenpunkt</translation>
    </message>
    <message>
        <source>{z} = {x} = {value}: feature {k} ({name}) of {where}; the input is data, not computed: every layer starts from it.</source>
        <translation>{z} = {x} = {value}: Merkmal {k} ({name}) von {where}; die Eingabe sind Daten, nicht berechnet: jede Schicht geht von ihr aus.</translation>
    </message>
    <message>
        <source>{z} = {x} = {value}: feature {k} of {where}; the input is data, not computed: every layer starts from it.</source>
        <translation>{z} = {x} = {value}: Merkmal {k} von {where}; die Eingabe sind Daten, nicht berechnet: jede Schicht geht von ihr aus.</translation>
    </message>
    <message>
        <source>the weight from input {k} to unit {j} of {layer}</source>
        <translation>das Gewicht von Eingang {k} zu Neuron {j} von {layer}</translation>
    </message>
    <message>
        <source>the bias of unit {j} of {layer}</source>
        <translation>der Bias von Neuron {j} von {layer}</translation>
    </message>
    <message>
        <source>{label} = {value}: a parameter, {what} (double-click to edit); {origin}.</source>
        <translation>{label} = {value}: ein Parameter, {what} (Doppelklick zum Bearbeiten); {origin}.</translation>
    </message>
    <message>
        <source>{label} = {value}: a parameter, {what} (double-click to edit).</source>
        <translation>{label} = {value}: ein Parameter, {what} (Doppelklick zum Bearbeiten).</translation>
    </message>
    <message>
        <source>its gradient for this point: {formula}</source>
        <translation>sein Gradient für diesen Punkt: {formula}</translation>
    </message>
    <message>
        <source>The input point is the first z; the lecture counts layers from the output.</source>
        <translation>Der Eingabepunkt ist das erste z; die Vorlesung zählt die Schichten von der Ausgabe her.</translation>
    </message>
    <message>
        <source>{layer}&apos;s weights: one row per input, one column per unit.</source>
        <translation>Gewichte von {layer}: eine Zeile je Eingang, eine Spalte je Neuron.</translation>
    </message>
    <message>
        <source>{b}: 1 entry</source>
        <translation>{b}: 1 Eintrag</translation>
    </message>
    <message>
        <source>{b}: {n} entries</source>
        <translation>{b}: {n} Einträge</translation>
    </message>
    <message>
        <source>{layer}&apos;s biases, one per unit.</source>
        <translation>Biases von {layer}, einer je Neuron.</translation>
    </message>
    <message>
        <source>Each unit&apos;s weighted sum of its inputs plus its bias.</source>
        <translation>Die gewichtete Summe der Eingänge jedes Neurons plus sein Bias.</translation>
    </message>
    <message>
        <source>The activation applied to u gives this layer&apos;s output — the network&apos;s output.</source>
        <translation>Die Aktivierungsfunktion, auf u angewandt, liefert die Ausgabe dieser Schicht — die Ausgabe des Netzes.</translation>
    </message>
    <message>
        <source>The activation applied to u gives this layer&apos;s output, the next layer&apos;s input.</source>
        <translation>Die Aktivierungsfunktion, auf u angewandt, liefert die Ausgabe dieser Schicht, die Eingabe der nächsten.</translation>
    </message>
    <message>
        <source>How wrong the output is for this point&apos;s label.</source>
        <translation>Wie falsch die Ausgabe für das Label dieses Punkts ist.</translation>
    </message>
    <message>
        <source>How the loss changes with each output: the first factor of the chain rule.</source>
        <translation>Wie sich der Verlust mit jeder Ausgabe ändert: der erste Faktor der Kettenregel.</translation>
    </message>
    <message>
        <source>The Jacobian of the activation: how each output of {layer} moves with each of its pre-activations.</source>
        <translation>Die Jacobi-Matrix der Aktivierungsfunktion: wie sich jede Ausgabe von {layer} mit jeder ihrer Voraktivierungen ändert.</translation>
    </message>
    <message>
        <source>The error signal at this layer&apos;s weighted sums (δ in vectorised code).</source>
        <translation>Das Fehlersignal an den gewichteten Summen dieser Schicht (δ im vektorisierten Code).</translation>
    </message>
    <message>
        <source>How each of the {m} outputs of {g} depends on each weight: one n×m matrix per output.</source>
        <translation>Wie jede der {m} Ausgaben von {g} von jedem Gewicht abhängt: eine n×m-Matrix je Ausgabe.</translation>
    </message>
    <message>
        <source>How each of the {m} outputs of {g} depends on each weight: one n×m matrix per output. Only the first {kept} of the {m} matrices are kept: the whole tensor would take {mb} MB.</source>
        <translation>Wie jede der {m} Ausgaben von {g} von jedem Gewicht abhängt: eine n×m-Matrix je Ausgabe. Nur die ersten {kept} der {m} Matrizen werden behalten: der ganze Tensor bräuchte {mb} MB.</translation>
    </message>
    <message>
        <source>The gradient of the loss for every weight of this layer: the sum of outer products zᵀ·row.</source>
        <translation>Der Gradient des Verlusts für jedes Gewicht dieser Schicht: die Summe der äußeren Produkte zᵀ·Zeile.</translation>
    </message>
    <message>
        <source>The gradient for the biases: ∂g/∂b = ∇φ, so it equals ∂L/∂u.</source>
        <translation>Der Gradient für die Biases: ∂g/∂b = ∇φ, also ist er gleich ∂L/∂u.</translation>
    </message>
    <message>
        <source>How {layer}&apos;s outputs move with its inputs {z}.</source>
        <translation>Wie sich die Ausgaben von {layer} mit ihren Eingaben {z} ändern.</translation>
    </message>
    <message>
        <source>The chain rule so far: how the loss moves with the next layer&apos;s output.</source>
        <translation>Die Kettenregel bis hierhin: wie sich der Verlust mit der Ausgabe der nächsten Schicht ändert.</translation>
    </message>
    <message>
        <source>Layer {n}</source>
        <translation>Schicht {n}</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>Schicht {n}</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <source>Step through ¬XOR by hand (inspector)</source>
        <translation>¬XOR von Hand Schritt für Schritt (Inspektor)</translation>
    </message>
    <message>
        <source>Lecture moons</source>
        <translation>Monde der Vorlesung</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <source>layer {i}</source>
        <translation>Schicht {i}</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
</context>
<context>
    <name>reader</name>
    <message>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>No epoch trained yet.</source>
        <translation>Noch keine Epoche trainiert.</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>Verlust {loss}</translation>
    </message>
    <message>
        <source>loss {loss}, accuracy {accuracy}</source>
        <translation>Verlust {loss}; Genauigkeit {accuracy}</translation>
    </message>
    <message>
        <source>loss {loss}, R² {r2}</source>
        <translation>Verlust {loss}; R² {r2}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: train {train}.</source>
        <translation>Epoche {epoch}: Training {train}.</translation>
    </message>
    <message>
        <source>Epoch {epoch}: train {train}; test {test}.</source>
        <translation>Epoche {epoch}: Training {train}; Test {test}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>; </translation>
    </message>
    <message>
        <source>class {k} {share}</source>
        <translation>Klasse {k} {share}</translation>
    </message>
    <message>
        <source>Decision regions over the plane: {parts}; {n} training points.</source>
        <translation>Entscheidungsregionen über der Ebene: {parts}; {n} Trainingspunkte.</translation>
    </message>
    <message>
        <source>Step {i} of {n}: {title}. {formula}.</source>
        <translation>Schritt {i} von {n}: {title}. {formula}.</translation>
    </message>
    <message>
        <source>{name} is hidden: predict it.</source>
        <translation>{name} ist verborgen: sagen Sie es vorher.</translation>
    </message>
    <message>
        <source>{values}, … ({n} values)</source>
        <translation>{values}; … ({n} Werte)</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Points to generate</source>
        <translation>Zu erzeugende Punkte</translation>
    </message>
    <message>
        <source>the live views redraw every point</source>
        <translation>die Live-Ansichten zeichnen jeden Punkt neu</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to each point</source>
        <translation>Standardabweichung des Gaußschen Rauschens, das zu jedem Punkt addiert wird</translation>
    </message>
    <message>
        <source>beyond this the generator&apos;s shape is lost in the noise</source>
        <translation>darüber geht die Form des Generators im Rauschen unter</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same points</source>
        <translation>Zufallsstartwert (Seed): gleicher Seed, gleiche Punkte</translation>
    </message>
    <message>
        <source>Share of the points held out for testing</source>
        <translation>Anteil der Punkte, der als Testdaten zurückgehalten wird</translation>
    </message>
    <message>
        <source>Number of classes of blobs and spirals</source>
        <translation>Anzahl der Klassen bei Blobs und Spiralen</translation>
    </message>
    <message>
        <source>Neurons in this layer</source>
        <translation>Neuronen in dieser Schicht</translation>
    </message>
    <message>
        <source>the layer views draw one map per neuron</source>
        <translation>die Schichtansichten zeichnen eine Karte je Neuron</translation>
    </message>
    <message>
        <source>Random seed of the initial weights: same seed, same start</source>
        <translation>Zufallsstartwert der Anfangsgewichte: gleicher Seed, gleicher Start</translation>
    </message>
    <message>
        <source>Points per mini-batch: one optimizer step each</source>
        <translation>Punkte pro Mini-Batch: je ein Optimiererschritt</translation>
    </message>
    <message>
        <source>Epochs to train</source>
        <translation>Zu trainierende Epochen</translation>
    </message>
    <message>
        <source>{bounds}: {why}</source>
        <translation>{bounds}: {why}</translation>
    </message>
    <message>
        <source>{doc} ({bounds})</source>
        <translation>{doc} ({bounds})</translation>
    </message>
</context>
<context>
    <name>start_panel</name>
    <message>
        <source>&amp;Where to start</source>
        <translation>&amp;Wo anfangen</translation>
    </message>
    <message>
        <source>What the window shows and three first steps</source>
        <translation>Was das Fenster zeigt, und drei erste Schritte</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>every step</source>
        <translation>jeden Schritt</translation>
    </message>
    <message>
        <source>every {k} steps</source>
        <translation>alle {k} Schritte</translation>
    </message>
    <message>
        <source>timeline {used} of {budget} MB, {every}</source>
        <translation>Zeitleiste {used} von {budget} MB, {every}</translation>
    </message>
    <message>
        <source>Scrubbing back and branching need the run&apos;s past; it is recorded for the NumPy engine (Training ▸ Engine).</source>
        <translation>Zurückspulen und Verzweigen brauchen die Vergangenheit des Laufs; sie wird für die NumPy-Engine aufgezeichnet (Training ▸ Engine).</translation>
    </message>
    <message>
        <source>every {k}th step</source>
        <translation>jeden {k}. Schritt</translation>
    </message>
    <message>
        <source>To scrub back and branch, the run keeps every step&apos;s loss (8 bytes each) and, {every}, a checkpoint: the {parameters} weights and biases θ, the optimizer&apos;s state and the position in the batch order ({checkpoints} checkpoints now). A step between two checkpoints is replayed exactly from the one before it. When the {budget} MB budget is full, every other checkpoint is dropped and the interval doubles.</source>
        <translation>Zum Zurückspulen und Verzweigen behält der Lauf den Verlust jedes Schritts (je 8 Bytes) und, {every}, einen Sicherungspunkt: die {parameters} Gewichte und Biases θ, den Zustand des Optimierers und die Position in der Stapelreihenfolge (derzeit {checkpoints} Sicherungspunkte). Ein Schritt zwischen zwei Sicherungspunkten wird exakt vom vorherigen aus wiederholt. Ist das Budget von {budget} MB voll, wird jeder zweite Sicherungspunkt verworfen und der Abstand verdoppelt sich.</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>{n} MB</source>
        <translation>{n}&#xa0;MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n}&#xa0;KB</translation>
    </message>
    <message>
        <source>before the first step</source>
        <translation>vor dem ersten Schritt</translation>
    </message>
    <message>
        <source>epoch {epoch}, batch {batch} of {batches}: its end</source>
        <translation>Epoche {epoch}, Stapel {batch} von {batches}: ihr Ende</translation>
    </message>
    <message>
        <source>epoch {epoch}, batch {batch} of {batches}</source>
        <translation>Epoche {epoch}, Stapel {batch} von {batches}</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>per frame</source>
        <translation>pro Bild</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>volles Tempo</translation>
    </message>
    <message>
        <source>{speed} steps/s</source>
        <translation>{speed} Schritte/s</translation>
    </message>
</context>
</TS>
