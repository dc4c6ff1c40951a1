<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnimationExport</name>
    <message>
        <source>exporting an animation needs the Pillow package: install it with “pip install Pillow” (it comes with ANN Studio&apos;s installers)</source>
        <translation>l&apos;exportation d&apos;une animation nécessite le paquet Pillow : installez-le avec « pip install Pillow » (il est fourni avec les installateurs d&apos;ANN Studio)</translation>
    </message>
    <message>
        <source>Rendering the animation…</source>
        <translation>Rendu de l&apos;animation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Exporter l&apos;animation</translation>
    </message>
    <message>
        <source>Writing the GIF…</source>
        <translation>Écriture du GIF…</translation>
    </message>
    <message>
        <source>step {step} of {steps}</source>
        <translation>pas {step} sur {steps}</translation>
    </message>
    <message>
        <source>could not write the animation: {reason}</source>
        <translation>impossible d&apos;écrire l&apos;animation : {reason}</translation>
    </message>
</context>
<context>
    <name>BatchTab</name>
    <message>
        <source>The lecture&apos;s loop computes one gradient per point (the Jacobian products) and averages them over the mini-batch; the engine computes zᵀ·δ for the whole batch in one matrix product. Both rows below must be the same numbers.</source>
        <translation>La boucle du cours calcule un gradient par point (les produits de jacobiennes) et en fait la moyenne sur le mini-lot ; le moteur calcule zᵀ·δ pour tout le lot en un seul produit matriciel. Les deux lignes ci-dessous doivent donner les mêmes nombres.</translation>
    </message>
    <message>
        <source>training points from #</source>
        <translation>points d&apos;entraînement à partir du n°</translation>
    </message>
    <message>
        <source>Training points from number</source>
        <translation>Points d&apos;entraînement à partir du numéro</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Count of training points</source>
        <translation>Nombre de points d&apos;entraînement</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>couche</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>The batch&apos;s values, one column per point</source>
        <translation>Les valeurs du lot, une colonne par point</translation>
    </message>
    <message>
        <source>No dataset: load one (or a lecture preset) to see a mini-batch.</source>
        <translation>Aucun jeu de données : chargez-en un (ou un exemple du cours) pour voir un mini-lot.</translation>
    </message>
    <message>
        <source>point #{index} (y = {y}), L = {loss}</source>
        <translation>point n° {index} (y = {y}), L = {loss}</translation>
    </message>
    <message>
        <source>average of the rows above</source>
        <translation>moyenne des lignes ci-dessus</translation>
    </message>
    <message>
        <source>vectorised batch gradient zᵀ·δ</source>
        <translation>gradient vectorisé du lot zᵀ·δ</translation>
    </message>
    <message>
        <source>{n} points, batch loss {loss} (their mean). max |average − vectorised| over all layers = {diff} (this layer: {layer_diff}).</source>
        <translation>{n} points, perte du lot {loss} (leur moyenne). max |moyenne − vectorisé| sur toutes les couches = {diff} (cette couche : {layer_diff}).</translation>
    </message>
</context>
<context>
    <name>ChallengeBanner</name>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Challenge title</source>
        <translation>Titre du défi</translation>
    </message>
    <message>
        <source>Locked fields</source>
        <translation>Champs verrouillés</translation>
    </message>
    <message>
        <source>Challenge task</source>
        <translation>Consigne du défi</translation>
    </message>
    <message>
        <source>Challenge: {title}</source>
        <translation>Défi : {title}</translation>
    </message>
    <message>
        <source>ranked by {measure}</source>
        <translation>classement par {measure}</translation>
    </message>
    <message>
        <source>(no task text)</source>
        <translation>(pas de consigne)</translation>
    </message>
    <message>
        <source>Locked: {fields} (greyed; hover for why)</source>
        <translation>Verrouillé : {fields} (grisé ; survolez pour savoir pourquoi)</translation>
    </message>
    <message>
        <source>Nothing is locked.</source>
        <translation>Rien n&apos;est verrouillé.</translation>
    </message>
    <message>
        <source>{why}: a hand-in is refused</source>
        <translation>{why} : un rendu sera refusé</translation>
    </message>
    <message>
        <source>Within the challenge&apos;s limit</source>
        <translation>Dans la limite du défi</translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <source>ANN Studio — New challenge</source>
        <translation>ANN Studio — Nouveau défi</translation>
    </message>
    <message>
        <source>What the students read</source>
        <translation>Ce que lisent les étudiants</translation>
    </message>
    <message>
        <source>Challenge title</source>
        <translation>Titre du défi</translation>
    </message>
    <message>
        <source>The challenge&apos;s name, shown to every student (required)</source>
        <translation>Le nom du défi, affiché à chaque étudiant (obligatoire)</translation>
    </message>
    <message>
        <source>e.g. Two moons with at most 100 parameters</source>
        <translation>p. ex. Deux lunes avec au plus 100 paramètres</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Task text</source>
        <translation>Texte de la consigne</translation>
    </message>
    <message>
        <source>What the students are asked to do, in your words (several lines; Tab moves to the next field)</source>
        <translation>Ce que les étudiants doivent faire, avec vos mots (plusieurs lignes ; Tab passe au champ suivant)</translation>
    </message>
    <message>
        <source>e.g. Reach the best held-out accuracy you can.</source>
        <translation>p. ex. Atteignez la meilleure exactitude possible sur les points réservés.</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>&amp;Consigne :</translation>
    </message>
    <message>
        <source>The points</source>
        <translation>Les points</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Jeu de données :</translation>
    </message>
    <message>
        <source>Held-out share</source>
        <translation>Part réservée</translation>
    </message>
    <message>
        <source>The share of the points only your key keeps, to score the hand-ins on (above 0, at most 0.9)</source>
        <translation>La part des points que seule votre clé conserve, pour noter les rendus (au-dessus de 0, au plus 0,9)</translation>
    </message>
    <message>
        <source>&amp;Held out:</source>
        <translation>&amp;Réservé :</translation>
    </message>
    <message>
        <source>Ranking measure</source>
        <translation>Mesure de classement</translation>
    </message>
    <message>
        <source>What ranks the hand-ins, computed by you on the held-out points</source>
        <translation>Ce qui classe les rendus, calculé par vous sur les points réservés</translation>
    </message>
    <message>
        <source>&amp;Ranked by:</source>
        <translation>C&amp;lassement par :</translation>
    </message>
    <message>
        <source>about {m} of the {n} points go to your key; the students get the other {rest}</source>
        <translation>environ {m} des {n} points vont dans votre clé ; les étudiants reçoivent les {rest} autres</translation>
    </message>
    <message>
        <source>Limits (unticked: no limit)</source>
        <translation>Limites (non coché : aucune limite)</translation>
    </message>
    <message>
        <source>Limit the parameters</source>
        <translation>Limiter les paramètres</translation>
    </message>
    <message>
        <source>Most parameters</source>
        <translation>Nombre maximal de paramètres</translation>
    </message>
    <message>
        <source> parameters</source>
        <translation> paramètres</translation>
    </message>
    <message>
        <source>The most weights and biases a student&apos;s network may have</source>
        <translation>Le nombre maximal de poids et de biais que le réseau d&apos;un étudiant peut avoir</translation>
    </message>
    <message>
        <source>Limit the epochs</source>
        <translation>Limiter les époques</translation>
    </message>
    <message>
        <source>Most epochs</source>
        <translation>Nombre maximal d&apos;époques</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <source>The most epochs a student&apos;s run may train</source>
        <translation>Le nombre maximal d&apos;époques que l&apos;entraînement d&apos;un étudiant peut durer</translation>
    </message>
    <message>
        <source>this experiment trains {n}</source>
        <translation>cette expérience entraîne {n}</translation>
    </message>
    <message>
        <source>this experiment trains until stopped</source>
        <translation>cette expérience s&apos;entraîne jusqu&apos;à l&apos;arrêt</translation>
    </message>
    <message>
        <source>Optimizers allowed:</source>
        <translation>Optimiseurs autorisés :</translation>
    </message>
    <message>
        <source>Hidden activations allowed:</source>
        <translation>Activations cachées autorisées :</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <source>this network has {n}</source>
        <translation>ce réseau en a {n}</translation>
    </message>
    <message>
        <source>this network has {n}: students must make it smaller (unless the hidden layers are locked)</source>
        <translation>ce réseau en a {n} : les étudiants doivent le réduire (sauf si les couches cachées sont verrouillées)</translation>
    </message>
    <message>
        <source>Allow {name}</source>
        <translation>Autoriser {name}</translation>
    </message>
    <message>
        <source>Students may use {name}; untick to forbid it (all ticked: no limit)</source>
        <translation>Les étudiants peuvent utiliser {name} ; décochez pour l&apos;interdire (tout coché : aucune limite)</translation>
    </message>
    <message>
        <source>Locked fields (students may not change them; the reason is shown)</source>
        <translation>Champs verrouillés (les étudiants ne peuvent pas les modifier ; la raison est affichée)</translation>
    </message>
    <message>
        <source>Lock {what}</source>
        <translation>Verrouiller {what}</translation>
    </message>
    <message>
        <source>Students may not change {what}</source>
        <translation>Les étudiants ne peuvent pas modifier {what}</translation>
    </message>
    <message>
        <source>Reason for locking {what}</source>
        <translation>Raison du verrouillage : {what}</translation>
    </message>
    <message>
        <source>The reason the students read for locking {what}</source>
        <translation>La raison que lisent les étudiants pour ce verrouillage : {what}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the challenge</source>
        <translation>Enregistrer le défi</translation>
    </message>
    <message>
        <source>Choose where to write NAME.challenge (for the students); the key NAME.key is written beside it (for you only)  [Enter]</source>
        <translation>Choisissez où écrire NOM.challenge (pour les étudiants) ; la clé NOM.key est écrite à côté (pour vous seul)  [Entrée]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without writing anything  [Esc]</source>
        <translation>Fermer sans rien écrire  [Échap]</translation>
    </message>
</context>
<context>
    <name>ChallengeMaker</name>
    <message>
        <source>Save the challenge (the key is written beside it)</source>
        <translation>Enregistrer le défi (la clé est écrite à côté)</translation>
    </message>
    <message>
        <source>Challenges (*{ext})</source>
        <translation>Défis (*{ext})</translation>
    </message>
    <message>
        <source>{name} already exists. Replace?</source>
        <translation>{name} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>{first} and {second} already exist. Replace?</source>
        <translation>{first} et {second} existent déjà. Les remplacer ?</translation>
    </message>
    <message>
        <source>ANN Studio — Replace?</source>
        <translation>ANN Studio — Remplacer ?</translation>
    </message>
    <message>
        <source>Hand-ins made for the old challenge could no longer be scored: the old key&apos;s held-out points would be gone.</source>
        <translation>Les rendus faits pour l&apos;ancien défi ne pourraient plus être notés : les points réservés de l&apos;ancienne clé seraient perdus.</translation>
    </message>
    <message>
        <source>Challenge saved</source>
        <translation>Défi enregistré</translation>
    </message>
    <message>
        <source>Give {challenge} to the students: it holds the task, the {n} points they train on, the locks and the limits, and none of the held-out points.</source>
        <translation>Donnez {challenge} aux étudiants : il contient la consigne, les {n} points sur lesquels ils s&apos;entraînent, les verrouillages et les limites, et aucun des points réservés.</translation>
    </message>
    <message>
        <source>Keep {key} on this computer and never hand it out: it holds the {n} held-out points that score the hand-ins (Class ▸ Collect…).</source>
        <translation>Gardez {key} sur cet ordinateur et ne le distribuez jamais : il contient les {n} points réservés qui notent les rendus (Classe ▸ Collecter…).</translation>
    </message>
    <message>
        <source>Both are in {folder}.</source>
        <translation>Les deux sont dans {folder}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Remarque : {note}</translation>
    </message>
    <message>
        <source>Saved {challenge} for the students and {key} for you.</source>
        <translation>{challenge} enregistré pour les étudiants et {key} pour vous.</translation>
    </message>
</context>
<context>
    <name>ChildJob</name>
    <message>
        <source>the computation stopped unexpectedly (its process ended)</source>
        <translation>le calcul s&apos;est arrêté de façon inattendue (son processus s&apos;est terminé)</translation>
    </message>
</context>
<context>
    <name>ClassPlots</name>
    <message>
        <source>Training curves</source>
        <translation>Courbes d&apos;entraînement</translation>
    </message>
    <message>
        <source>Every hand-in&apos;s training loss; the selected one in colour</source>
        <translation>La perte d&apos;entraînement de chaque rendu ; le rendu sélectionné en couleur</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>Training loss per epoch</source>
        <translation>Perte d&apos;entraînement par époque</translation>
    </message>
    <message>
        <source>Parameters and held-out score</source>
        <translation>Paramètres et score sur les données réservées</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Couches cachées</translation>
    </message>
    <message>
        <source>Parameters and score</source>
        <translation>Paramètres et score</translation>
    </message>
    <message>
        <source>Each hand-in&apos;s network size and its score (crosses: flagged, not ranked); click a point to select it</source>
        <translation>La taille du réseau de chaque rendu et son score (croix : signalé, non classé) ; cliquez sur un point pour le sélectionner</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>Decision boundaries of the six best</source>
        <translation>Frontières de décision des six meilleurs</translation>
    </message>
    <message>
        <source>The decision boundaries of the six best ranked hand-ins, from their weights; click one to select it</source>
        <translation>Les frontières de décision des six rendus les mieux classés, calculées à partir de leurs poids ; cliquez sur l&apos;une pour la sélectionner</translation>
    </message>
    <message>
        <source>What the class chose</source>
        <translation>Ce que la classe a choisi</translation>
    </message>
    <message>
        <source>How many hand-ins chose each optimizer and each number of hidden layers; the selected one&apos;s choices in colour</source>
        <translation>Combien de rendus ont choisi chaque optimiseur et chaque nombre de couches cachées ; les choix du rendu sélectionné en couleur</translation>
    </message>
    <message>
        <source>training loss (log scale)</source>
        <translation>perte d&apos;entraînement (échelle log.)</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>{name}: {n} parameters, {measure} {score}</source>
        <translation>{name} : {n} paramètres, {measure} {score}</translation>
    </message>
    <message>
        <source>parameters (log scale)</source>
        <translation>paramètres (échelle log.)</translation>
    </message>
    <message>
        <source>No hand-in is ranked yet: no boundaries to draw.</source>
        <translation>Aucun rendu n&apos;est encore classé : aucune frontière à tracer.</translation>
    </message>
    <message>
        <source>Decision boundaries are drawn for two inputs; this challenge&apos;s data has 1 input.</source>
        <translation>Les frontières de décision sont tracées pour deux entrées ; les données de ce défi ont 1 entrée.</translation>
    </message>
    <message>
        <source>Decision boundaries are drawn for two inputs; this challenge&apos;s data has {n} inputs.</source>
        <translation>Les frontières de décision sont tracées pour deux entrées ; les données de ce défi ont {n} entrées.</translation>
    </message>
    <message>
        <source>{n} training curves, one per hand-in.</source>
        <translation>{n} courbes d&apos;entraînement, une par rendu.</translation>
    </message>
    <message>
        <source>{n} hand-ins scored; the best, {name}, has {params} parameters and {measure} {score}.</source>
        <translation>{n} rendus notés ; le meilleur, {name}, a {params} paramètres et {measure} {score}.</translation>
    </message>
    <message>
        <source>{n} hand-ins scored.</source>
        <translation>{n} rendus notés.</translation>
    </message>
    <message>
        <source>Boundaries of {names}.</source>
        <translation>Frontières de {names}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Optimizers: {optimizers}. Hidden layers: {layers}.</source>
        <translation>Optimiseurs : {optimizers}. Couches cachées : {layers}.</translation>
    </message>
    <message>
        <source>{n} {name}</source>
        <translation>{n} × {name}</translation>
    </message>
    <message>
        <source>{n} with {k}</source>
        <translation>{n} avec {k}</translation>
    </message>
</context>
<context>
    <name>ClassView</name>
    <message>
        <source>Class — {title} — ANN Studio</source>
        <translation>Classe — {title} — ANN Studio</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>The table as CSV for grading (numbers as numbers)</source>
        <translation>Le tableau en CSV pour la notation (les nombres comme nombres)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>This whole window as a PNG picture, for slides</source>
        <translation>Toute cette fenêtre en image PNG, pour des diapositives</translation>
    </message>
    <message>
        <source>Open hand-in</source>
        <translation>Ouvrir le rendu</translation>
    </message>
    <message>
        <source>Open the selected hand-in&apos;s run in the main window (also: double-click or Enter); Save there asks for a new file</source>
        <translation>Ouvrir l&apos;exécution du rendu sélectionné dans la fenêtre principale (aussi : double-clic ou Entrée) ; Enregistrer y demande un nouveau fichier</translation>
    </message>
    <message>
        <source>What the class predicted (predict-then-check answers, per question)</source>
        <translation>Ce que la classe a prédit (réponses « prédire puis vérifier », par question)</translation>
    </message>
    <message>
        <source>What the class predicted</source>
        <translation>Ce que la classe a prédit</translation>
    </message>
    <message>
        <source>No predict-then-check answers in these hand-ins.</source>
        <translation>Aucune réponse « prédire puis vérifier » dans ces rendus.</translation>
    </message>
    <message>
        <source>Class table</source>
        <translation>Tableau de la classe</translation>
    </message>
    <message>
        <source>Click a row to highlight its hand-in in the plots; double-click or Enter opens it in the main window</source>
        <translation>Cliquez sur une ligne pour mettre son rendu en évidence dans les graphiques ; double-clic ou Entrée l&apos;ouvre dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Select a hand-in in the table first.</source>
        <translation>Sélectionnez d&apos;abord un rendu dans le tableau.</translation>
    </message>
    <message>
        <source>it was refused ({reason})</source>
        <translation>il a été refusé ({reason})</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>its network cannot be built from its weights</source>
        <translation>son réseau ne peut pas être construit à partir de ses poids</translation>
    </message>
    <message>
        <source>there is no main window to open it in</source>
        <translation>il n&apos;y a pas de fenêtre principale où l&apos;ouvrir</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {why}</source>
        <translation>{name} ne peut pas être ouvert : {why}</translation>
    </message>
    <message>
        <source>{name}&apos;s hand-in</source>
        <translation>Rendu de {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s hand-in was not opened.</source>
        <translation>Le rendu de {name} n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>Opened {name}&apos;s hand-in in the main window; Save there asks for a new file (the hand-in stays as it is).</source>
        <translation>Rendu de {name} ouvert dans la fenêtre principale ; Enregistrer y demande un nouveau fichier (le rendu reste tel quel).</translation>
    </message>
    <message>
        <source>Export the class table</source>
        <translation>Exporter le tableau de la classe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>the table was not written: {reason}</source>
        <translation>le tableau n&apos;a pas été écrit : {reason}</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>{name} écrit.</translation>
    </message>
    <message>
        <source>Export the class view as PNG</source>
        <translation>Exporter la vue de la classe en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Qt could not make the PNG picture</source>
        <translation>Qt n&apos;a pas pu créer l&apos;image PNG</translation>
    </message>
    <message>
        <source>the picture was not written: {reason}</source>
        <translation>l&apos;image n&apos;a pas été écrite : {reason}</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Hand in</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <source>train the run first: a hand-in carries the trained weights and their loss history</source>
        <translation>entraînez d&apos;abord : un rendu contient les poids entraînés et leur historique de perte</translation>
    </message>
    <message>
        <source>Hand in: choose the folder to hand in to</source>
        <translation>Rendre : choisissez le dossier de rendu</translation>
    </message>
    <message>
        <source>Hand-in refused</source>
        <translation>Rendu refusé</translation>
    </message>
    <message>
        <source>The hand-in is refused; nothing was written.</source>
        <translation>Le rendu est refusé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Handed in as {name}.</source>
        <translation>Rendu sous le nom {name}.</translation>
    </message>
    <message>
        <source>In the folder {folder}. You may hand in again: the latest counts.</source>
        <translation>Dans le dossier {folder}. Vous pouvez rendre à nouveau : le dernier rendu compte.</translation>
    </message>
    <message>
        <source>The hand-in is refused; nothing was sent.</source>
        <translation>Le rendu est refusé ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Handing in</source>
        <translation>Rendu en cours</translation>
    </message>
    <message>
        <source>Sending the hand-in to {address}…</source>
        <translation>Envoi du rendu à {address}…</translation>
    </message>
    <message>
        <source>You may hand in again: the latest counts.</source>
        <translation>Vous pouvez rendre à nouveau : le dernier rendu compte.</translation>
    </message>
    <message>
        <source>Not handed in</source>
        <translation>Non rendu</translation>
    </message>
    <message>
        <source>Hand in: choose the challenge</source>
        <translation>Rendre : choisissez le défi</translation>
    </message>
    <message>
        <source>Challenges (*{ext});;All files (*)</source>
        <translation>Défis (*{ext});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Collect: choose the teacher&apos;s key</source>
        <translation>Collecter : choisissez la clé de l&apos;enseignant</translation>
    </message>
    <message>
        <source>Teacher&apos;s keys (*{ext});;All files (*)</source>
        <translation>Clés de l&apos;enseignant (*{ext});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Collect: choose the .zip of hand-ins</source>
        <translation>Collecter : choisissez le .zip des rendus</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Fichiers zip (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Collect: choose the folder of hand-ins</source>
        <translation>Collecter : choisissez le dossier des rendus</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Collecter</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <source>per step</source>
        <translation>par pas</translation>
    </message>
    <message>
        <source>Also draw every mini-batch&apos;s loss (grey)</source>
        <translation>Tracer aussi la perte de chaque mini-lot (gris)</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>échelle log.</translation>
    </message>
    <message>
        <source>Loss on a logarithmic axis</source>
        <translation>Perte sur un axe logarithmique</translation>
    </message>
    <message>
        <source>Loss and accuracy curves</source>
        <translation>Courbes de perte et d&apos;exactitude</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>R² (1 = perfect)</source>
        <translation>R² (1 = parfait)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraîn.</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>(per epoch)</source>
        <translation>(par époque)</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>perte {loss}</translation>
    </message>
    <message>
        <source>{loss_text}, {percent}%</source>
        <translation>{loss_text} ; {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{loss_text}, R² {r2}</source>
        <translation>{loss_text} ; R² {r2}</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>class {k}</source>
        <translation>classe {k}</translation>
    </message>
    <message>
        <source>Data and decision regions</source>
        <translation>Données et régions de décision</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Discrete</source>
        <translation>Discret</translation>
    </message>
    <message>
        <source>Show only the predicted class (no probability shading)</source>
        <translation>Afficher seulement la classe prédite (sans dégradé de probabilité)</translation>
    </message>
    <message>
        <source>Test points</source>
        <translation>Points de test</translation>
    </message>
    <message>
        <source>Show the held-out test points (hollow)</source>
        <translation>Afficher les points de test mis de côté (creux)</translation>
    </message>
    <message>
        <source>back to the output</source>
        <translation>retour à la sortie</translation>
    </message>
    <message>
        <source>Show the network&apos;s output again</source>
        <translation>Afficher de nouveau la sortie du réseau</translation>
    </message>
    <message>
        <source>y (target)</source>
        <translation>y (cible)</translation>
    </message>
    <message>
        <source>PC1 and PC2 are the two directions along which the inputs vary most; the percentage is each one&apos;s share of the variance</source>
        <translation>PC1 et PC2 sont les deux directions selon lesquelles les entrées varient le plus ; le pourcentage est la part de la variance de chacune</translation>
    </message>
    <message>
        <source>{name}: {n} features, 2-D PCA of the standardised inputs (no boundary)</source>
        <translation>{name} : {n} variables, ACP 2-D des entrées standardisées (pas de frontière)</translation>
    </message>
    <message>
        <source>{name}: {n} features, 2-D PCA of the inputs (no boundary)</source>
        <translation>{name} : {n} variables, ACP 2-D des entrées (pas de frontière)</translation>
    </message>
    <message>
        <source>Decision boundary: p(class 1) = σ(u)</source>
        <translation>Frontière de décision : p(classe 1) = σ(u)</translation>
    </message>
    <message>
        <source>Decision regions: the most likely class</source>
        <translation>Régions de décision : la classe la plus probable</translation>
    </message>
    <message>
        <source>Data and the network&apos;s prediction f(x)</source>
        <translation>Données et prédiction du réseau f(x)</translation>
    </message>
    <message>
        <source>colour = target value</source>
        <translation>couleur = valeur cible</translation>
    </message>
    <message>
        <source>● filled: train &amp;nbsp;□ hollow: test</source>
        <translation>● plein : entraînement &amp;nbsp;□ creux : test</translation>
    </message>
    <message>
        <source>{n} points, {k} of them drawn (a random sample)</source>
        <translation>{n} points, dont {k} tracés (un échantillon aléatoire)</translation>
    </message>
    <message>
        <source>Data and decision regions, cursor at x₁ = {x1}, x₂ = {x2}</source>
        <translation>Données et régions de décision, curseur en x₁ = {x1} ; x₂ = {x2}</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Two moons</source>
        <translation>Deux lunes</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Cercles</translation>
    </message>
    <message>
        <source>XOR (quadrants)</source>
        <translation>XOR (quadrants)</translation>
    </message>
    <message>
        <source>Blobs (k classes)</source>
        <translation>Amas (k classes)</translation>
    </message>
    <message>
        <source>Spirals (k classes)</source>
        <translation>Spirales (k classes)</translation>
    </message>
    <message>
        <source>Sine (1-D regression)</source>
        <translation>Sinus (régression 1-D)</translation>
    </message>
    <message>
        <source>Plane (2-D regression)</source>
        <translation>Plan (régression 2-D)</translation>
    </message>
    <message>
        <source>Bumps (2-D regression)</source>
        <translation>Bosses (régression 2-D)</translation>
    </message>
    <message>
        <source>Iris (150 × 4, 3 classes)</source>
        <translation>Iris (150 × 4, 3 classes)</translation>
    </message>
    <message>
        <source>Digits 8×8 (1797 × 64, 10 classes)</source>
        <translation>Chiffres 8×8 (1797 × 64, 10 classes)</translation>
    </message>
    <message>
        <source>Breast cancer (569 × 30, 2 classes)</source>
        <translation>Cancer du sein (569 × 30, 2 classes)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>number of points</source>
        <translation>nombre de points</translation>
    </message>
    <message>
        <source>Points n</source>
        <translation>Points n</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>Part de test</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Make the dataset again with these settings</source>
        <translation>Refaire le jeu de données avec ces réglages</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Features in columns, the label in the last column</source>
        <translation>Caractéristiques en colonnes, l&apos;étiquette dans la dernière colonne</translation>
    </message>
    <message>
        <source>Standardise inputs (mean 0, std 1)</source>
        <translation>Standardiser les entrées (moyenne 0, écart-type 1)</translation>
    </message>
    <message>
        <source>The network gets x̃ = (x − mean) / std for every feature, with mean and std taken from the training points only.
Why: on equal scales one learning rate suits all weights; a feature in the thousands beside one below 1 would need very different steps.
The data view keeps showing your own units.</source>
        <translation>Le réseau reçoit x̃ = (x − mean) / std pour chaque caractéristique, avec la moyenne et l&apos;écart-type calculés sur les seuls points d&apos;entraînement.
Pourquoi : à échelles égales, un seul taux d&apos;apprentissage convient à tous les poids ; une caractéristique de l&apos;ordre du millier à côté d&apos;une autre inférieure à 1 demanderait des pas très différents.
La vue des données garde vos propres unités.</translation>
    </message>
    <message>
        <source>Standardise targets (mean 0, std 1)</source>
        <translation>Standardiser les cibles (moyenne 0, écart-type 1)</translation>
    </message>
    <message>
        <source>Regression: the network learns ỹ = (y − mean) / std, with mean and std of the training targets, and predicts ŷ = z · std + mean.
Why: targets in the hundreds make the first SGD steps huge (the loss explodes); on the scale of 1 the usual learning rates work.
Losses, R² and predictions stay in your target&apos;s own units.</source>
        <translation>Régression : le réseau apprend ỹ = (y − mean) / std, avec la moyenne et l&apos;écart-type des cibles d&apos;entraînement, et prédit ŷ = z · std + mean.
Pourquoi : des cibles de l&apos;ordre de la centaine rendent énormes les premiers pas de SGD (la perte explose) ; à l&apos;échelle de 1, les taux d&apos;apprentissage habituels fonctionnent.
Les pertes, R² et les prédictions restent dans les unités de votre cible.</translation>
    </message>
    <message>
        <source>Derived input features</source>
        <translation>Caractéristiques d&apos;entrée dérivées</translation>
    </message>
    <message>
        <source>Add the input {feature} computed from x1, x2</source>
        <translation>Ajouter l&apos;entrée {feature} calculée à partir de x1, x2</translation>
    </message>
    <message>
        <source>Click in the data view to</source>
        <translation>Un clic dans la vue des données pour</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Left click adds a training point of the chosen class; right click removes the nearest point</source>
        <translation>Le clic gauche ajoute un point d&apos;entraînement de la classe choisie ; le clic droit retire le point le plus proche</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Click removes the nearest point</source>
        <translation>Un clic retire le point le plus proche</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspecter</translation>
    </message>
    <message>
        <source>Click picks a point (the inspector shows its numbers)</source>
        <translation>Un clic choisit un point (l&apos;inspecteur affiche ses nombres)</translation>
    </message>
    <message>
        <source>Class of the points you add</source>
        <translation>Classe des points que vous ajoutez</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>valeur cible</translation>
    </message>
    <message>
        <source>Target value of the points you add (regression)</source>
        <translation>Valeur cible des points que vous ajoutez (régression)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Drawn points</source>
        <translation>Points dessinés</translation>
    </message>
    <message>
        <source>binary classification</source>
        <translation>classification binaire</translation>
    </message>
    <message>
        <source>{n} classes</source>
        <translation>{n} classes</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <source>{train} training + {test} test points · {n} feature · {kind}</source>
        <translation>{train} points d&apos;entraînement + {test} de test · {n} caractéristique · {kind}</translation>
    </message>
    <message>
        <source>{train} training + {test} test points · {n} features · {kind}</source>
        <translation>{train} points d&apos;entraînement + {test} de test · {n} caractéristiques · {kind}</translation>
    </message>
    <message>
        <source>class {k}</source>
        <translation>classe {k}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>pick a generator or shipped dataset to regenerate</source>
        <translation>choisissez un générateur ou un jeu de données fourni pour régénérer</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>line {no}: {why}</source>
        <translation>ligne {no} : {why}</translation>
    </message>
    <message>
        <source>… and {n} more (Show Details)</source>
        <translation>… et {n} de plus (Afficher les détails)</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Valeurs manquantes</translation>
    </message>
    <message>
        <source>{head} (missing values):</source>
        <translation>{head} (valeurs manquantes) :</translation>
    </message>
    <message>
        <source>Drop this row and import the rest, or cancel and fill the cells in?</source>
        <translation>Ignorer cette ligne et importer le reste, ou annuler et remplir les cellules ?</translation>
    </message>
    <message>
        <source>Drop these {n} rows and import the rest, or cancel and fill the cells in?</source>
        <translation>Ignorer ces {n} lignes et importer le reste, ou annuler et remplir les cellules ?</translation>
    </message>
    <message>
        <source>Drop 1 row</source>
        <translation>Ignorer 1 ligne</translation>
    </message>
    <message>
        <source>Drop {n} rows</source>
        <translation>Ignorer {n} lignes</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Split the file&apos;s rows again with this test fraction and seed</source>
        <translation>Répartir à nouveau les lignes du fichier avec cette part de test et cette graine</translation>
    </message>
    <message>
        <source>Drawn points have no test fraction: each point you add is a training point; pick a generator or import a CSV to split them</source>
        <translation>Les points dessinés n&apos;ont pas de part de test : chaque point ajouté est un point d&apos;entraînement ; choisissez un générateur ou importez un CSV pour les répartir</translation>
    </message>
    <message>
        <source>Drawn points have no seed: each point you add is a training point; pick a generator or import a CSV to split them</source>
        <translation>Les points dessinés n&apos;ont pas de graine : chaque point ajouté est un point d&apos;entraînement ; choisissez un générateur ou importez un CSV pour les répartir</translation>
    </message>
    <message>
        <source>Dataset panel</source>
        <translation>Panneau Jeu de données</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>ANN Studio — Hand in to</source>
        <translation>ANN Studio — Rendre à</translation>
    </message>
    <message>
        <source>Hand in to:</source>
        <translation>Rendre à :</translation>
    </message>
    <message>
        <source>A folder your teacher collects from (a share, a USB stick…)</source>
        <translation>Un dossier où votre enseignant collecte (un partage, une clé USB…)</translation>
    </message>
    <message>
        <source>The teacher&apos;s computer, over the classroom&apos;s network</source>
        <translation>L&apos;ordinateur de l&apos;enseignant, via le réseau de la salle</translation>
    </message>
    <message>
        <source>Write the hand-in file into a folder</source>
        <translation>Écrire le fichier de rendu dans un dossier</translation>
    </message>
    <message>
        <source>Send it to the address on the teacher&apos;s screen</source>
        <translation>L&apos;envoyer à l&apos;adresse affichée sur l&apos;écran de l&apos;enseignant</translation>
    </message>
    <message>
        <source>The teacher&apos;s address</source>
        <translation>Adresse de l&apos;enseignant</translation>
    </message>
    <message>
        <source>The address on the teacher&apos;s screen</source>
        <translation>L&apos;adresse affichée sur l&apos;écran de l&apos;enseignant</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Code de la classe</translation>
    </message>
    <message>
        <source>The class code on the teacher&apos;s screen</source>
        <translation>Le code de la classe affiché sur l&apos;écran de l&apos;enseignant</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Class code:</source>
        <translation>Code de la classe :</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>the engine process stopped unexpectedly</source>
        <translation>le processus du moteur s&apos;est arrêté de façon inattendue</translation>
    </message>
    <message>
        <source> (exit code {code})</source>
        <translation> (code de sortie {code})</translation>
    </message>
    <message>
        <source>it exited before saying anything{exited}, {n} times in a row</source>
        <translation>il s&apos;est terminé avant de rien dire{exited}, {n} fois de suite</translation>
    </message>
    <message>
        <source>The engine process could not start: {why}</source>
        <translation>Le processus du moteur n&apos;a pas pu démarrer : {why}</translation>
    </message>
    <message>
        <source>the engine process stopped answering</source>
        <translation>le processus du moteur ne répond plus</translation>
    </message>
    <message>
        <source>The engine process (pid {pid}) has not answered for {seconds} s: it may be hung or stopped</source>
        <translation>Le processus du moteur (pid {pid}) n&apos;a pas répondu depuis {seconds} s : il est peut-être bloqué ou arrêté</translation>
    </message>
</context>
<context>
    <name>EngineMessages</name>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergé</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>L&apos;entraînement a divergé</translation>
    </message>
    <message>
        <source>Engine process stopped</source>
        <translation>Processus du moteur arrêté</translation>
    </message>
    <message>
        <source>{why}. It was restarted with the last weights; press Run to continue.</source>
        <translation>{why}. Il a été redémarré avec les derniers poids ; appuyez sur Lancer pour continuer.</translation>
    </message>
    <message>
        <source>not responding</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <source>ANN Studio — Engine not responding</source>
        <translation>ANN Studio — Le moteur ne répond pas</translation>
    </message>
    <message>
        <source>Restart engine</source>
        <translation>Redémarrer le moteur</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Continuer d&apos;attendre</translation>
    </message>
    <message>
        <source>{why}. Restart it with the last weights? (Training pauses; press Run to continue.)</source>
        <translation>{why}. Le redémarrer avec les derniers poids ? (L&apos;entraînement se met en pause ; appuyez sur Lancer pour continuer.)</translation>
    </message>
    <message>
        <source>Engine not responding</source>
        <translation>Le moteur ne répond pas</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>entraînement…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>Selected entry, with the numbers (click any cell)</source>
        <translation>Entrée sélectionnée, avec les nombres (cliquez sur une cellule)</translation>
    </message>
    <message>
        <source>{name} is hidden: predict it first (the box above), or press Show it.</source>
        <translation>{name} est masqué : prédisez-le d&apos;abord (le cadre ci-dessus) ou appuyez sur Montrer.</translation>
    </message>
    <message>
        <source>{entry}: backprop {grad}, finite difference {fd}, difference {diff}</source>
        <translation>{entry} : rétropropagation {grad}, différence finie {fd}, écart {diff}</translation>
    </message>
    <message>
        <source>finite difference: {fd}, difference {diff}</source>
        <translation>différence finie : {fd}, écart {diff}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>ANN Studio files (*.annstudio *.challenge);;ANN Studio experiments (*.annstudio);;Challenges (*.challenge);;All files (*)</source>
        <translation>Fichiers ANN Studio (*.annstudio *.challenge);;Expériences ANN Studio (*.annstudio);;Défis (*.challenge);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>ANN Studio experiments (*.annstudio);;All files (*)</source>
        <translation>Expériences ANN Studio (*.annstudio);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the changes to {name} before closing it?</source>
        <translation>Enregistrer les modifications de {name} avant de fermer ?</translation>
    </message>
    <message>
        <source>ANN Studio then closes</source>
        <translation>ANN Studio se ferme ensuite</translation>
    </message>
    <message>
        <source>Save the changes to {name} before starting a new experiment?</source>
        <translation>Enregistrer les modifications de {name} avant de commencer une nouvelle expérience ?</translation>
    </message>
    <message>
        <source>the lecture run then replaces it</source>
        <translation>l&apos;exemple du cours le remplace ensuite</translation>
    </message>
    <message>
        <source>Save the changes to {name} before opening another file?</source>
        <translation>Enregistrer les modifications de {name} avant d&apos;ouvrir un autre fichier ?</translation>
    </message>
    <message>
        <source>the file you choose then replaces it</source>
        <translation>le fichier choisi le remplace ensuite</translation>
    </message>
    <message>
        <source>Save the changes to {name} before opening the lesson?</source>
        <translation>Enregistrer les modifications de {name} avant d&apos;ouvrir la leçon ?</translation>
    </message>
    <message>
        <source>the lesson then replaces it</source>
        <translation>la leçon le remplace ensuite</translation>
    </message>
    <message>
        <source>Save the changes to {name} before changing the dataset?</source>
        <translation>Enregistrer les modifications de {name} avant de changer le jeu de données ?</translation>
    </message>
    <message>
        <source>the new data then starts an untrained run</source>
        <translation>les nouvelles données démarrent ensuite un entraînement à zéro</translation>
    </message>
    <message>
        <source>Save the changes to {name} before changing the network?</source>
        <translation>Enregistrer les modifications de {name} avant de changer le réseau ?</translation>
    </message>
    <message>
        <source>the new network then starts untrained</source>
        <translation>le nouveau réseau démarre ensuite sans entraînement</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>ANN Studio — Save changes?</source>
        <translation>ANN Studio — Enregistrer les modifications ?</translation>
    </message>
    <message>
        <source>Discard loses the trained weights, the loss history and every edit since the last save; {then}. Cancel keeps everything as it is.</source>
        <translation>Ignorer perd les poids entraînés, l&apos;historique de la perte et toute modification depuis le dernier enregistrement ; {then}. Annuler laisse tout en l&apos;état.</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Ouvrir une expérience</translation>
    </message>
    <message>
        <source>ANN Studio — Replace a different kind of file?</source>
        <translation>ANN Studio — Remplacer un fichier d&apos;un autre type ?</translation>
    </message>
    <message>
        <source>{name} is {found}, not {wanted}. Replace it? Its contents will be lost.</source>
        <translation>{name} est {found}, pas {wanted}. Le remplacer ? Son contenu sera perdu.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Impossible d&apos;ouvrir la leçon</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>Enregistrer l&apos;expérience</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Échec de l&apos;enregistrement automatique : {error}</translation>
    </message>
    <message>
        <source>an untitled experiment</source>
        <translation>une expérience sans titre</translation>
    </message>
    <message>
        <source>ANN Studio — Recover unsaved work?</source>
        <translation>ANN Studio — Récupérer le travail non enregistré ?</translation>
    </message>
    <message>
        <source>ANN Studio did not close properly last time. Recover the unsaved changes to {name} (autosaved {when})?</source>
        <translation>ANN Studio ne s&apos;est pas fermé correctement la dernière fois. Récupérer les modifications non enregistrées de {name} (enregistrement automatique {when}) ?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Lessons are missing</source>
        <translation>Les leçons sont absentes</translation>
    </message>
    <message>
        <source>Export PyTorch script (multi-GPU, torchrun)</source>
        <translation>Exporter le script PyTorch (multi-GPU, torchrun)</translation>
    </message>
    <message>
        <source>Export PyTorch script</source>
        <translation>Exporter le script PyTorch</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Scripts Python (*.py)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>{name} is the experiment open in this window; choose another name for the script</source>
        <translation>{name} est l&apos;expérience ouverte dans cette fenêtre ; choisissez un autre nom pour le script</translation>
    </message>
    <message>
        <source>Export loss history</source>
        <translation>Exporter l&apos;historique de la perte</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save window as PNG</source>
        <translation>Enregistrer la fenêtre en PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>GradNormView</name>
    <message>
        <source>Gradient norm per layer ‖∂L/∂W_i‖ (mini-batch, sampled ~30×/s)</source>
        <translation>Norme du gradient par couche ‖∂L/∂W_i‖ (mini-lot, échantillonnée ~30×/s)</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>échelle log.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
</context>
<context>
    <name>HandinServer</name>
    <message>
        <source>{address} is not an IPv4 address of this computer</source>
        <translation>{address} n&apos;est pas une adresse IPv4 de cet ordinateur</translation>
    </message>
    <message>
        <source>port {port} on {address} is already in use (another hand-in server?); choose another port</source>
        <translation>le port {port} sur {address} est déjà utilisé (un autre serveur de rendus ?) ; choisissez un autre port</translation>
    </message>
    <message>
        <source>cannot receive hand-ins on {address}:{port}: {problem}</source>
        <translation>impossible de recevoir des rendus sur {address}:{port} : {problem}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About ANN Studio</source>
        <translation>À propos d&apos;ANN Studio</translation>
    </message>
    <message>
        <source>Watch fully connected neural networks learn, step through backpropagation in the lecture&apos;s notation, and export the same model to PyTorch.</source>
        <translation>Regardez apprendre des réseaux de neurones entièrement connectés, suivez la rétropropagation pas à pas dans la notation du cours et exportez le même modèle vers PyTorch.</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Step-through inspector</source>
        <translation>Inspecteur pas à pas</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <source>Predict</source>
        <translation>Prédire</translation>
    </message>
    <message>
        <source>SGD step</source>
        <translation>Pas de SGD</translation>
    </message>
    <message>
        <source>Lecture numbering (1 = output)</source>
        <translation>Numérotation du cours (1 = sortie)</translation>
    </message>
    <message>
        <source>PyTorch order (fc1 = input side)</source>
        <translation>Ordre PyTorch (fc1 = côté entrée)</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>Mini-lot</translation>
    </message>
    <message>
        <source>Number layers as the lecture does (from the output) or as PyTorch does (fc1, fc2, … from the input)</source>
        <translation>Numéroter les couches comme le cours (depuis la sortie) ou comme PyTorch (fc1, fc2, … depuis l&apos;entrée)</translation>
    </message>
    <message>
        <source>Layer numbering</source>
        <translation>Numérotation des couches</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <source>Significant digits</source>
        <translation>Chiffres significatifs</translation>
    </message>
    <message>
        <source>Significant digits shown (hover a cell for the full value)</source>
        <translation>Chiffres significatifs affichés (survolez une cellule pour la valeur complète)</translation>
    </message>
    <message>
        <source>Follow live weights</source>
        <translation>Suivre les poids en direct</translation>
    </message>
    <message>
        <source>Checked: the inspector shows the network as it trains.
Unchecked: frozen at the weights it has now.</source>
        <translation>Coché : l&apos;inspecteur montre le réseau pendant l&apos;entraînement.
Non coché : figé sur les poids actuels.</translation>
    </message>
    <message>
        <source>Predict, then check: each step hides the value it is about to show; type your prediction (or pick its sign) and the inspector grades it and shows the worked formula. Right within {rel} (or {abs} near zero).</source>
        <translation>Prédire, puis vérifier : chaque étape masque la valeur qu&apos;elle va montrer ; tapez votre prédiction (ou choisissez son signe) et l&apos;inspecteur la note et montre la formule détaillée. Juste à {rel} près (ou {abs} près de zéro).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo {edit} (Ctrl+Z)</source>
        <translation>Annuler {edit} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {edit} (Ctrl+Shift+Z)</source>
        <translation>Rétablir {edit} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>the network takes {n} input(s), the point has {m}</source>
        <translation>le réseau prend {n} entrée(s), le point en a {m}</translation>
    </message>
    <message>
        <source>set {entry} = {value}</source>
        <translation>fixer {entry} = {value}</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>random, filter-normalised (Li et al. 2018)</source>
        <translation>aléatoires, normalisées par filtre (Li et al. 2018)</translation>
    </message>
    <message>
        <source>PCA of the recorded path</source>
        <translation>ACP du chemin enregistré</translation>
    </message>
    <message>
        <source>Press Compute map.</source>
        <translation>Appuyez sur « Calculer la carte ».</translation>
    </message>
    <message>
        <source>decision boundary at the chosen weights</source>
        <translation>frontière de décision aux poids choisis</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Directions</translation>
    </message>
    <message>
        <source>Random: two Gaussian directions, each unit&apos;s weights scaled to the unit&apos;s own norm. PCA: the two directions along which the recorded path moved most.</source>
        <translation>Aléatoires : deux directions gaussiennes, les poids de chaque neurone mis à l&apos;échelle de sa propre norme. ACP : les deux directions selon lesquelles le chemin enregistré a le plus bougé.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source> × same</source>
        <translation> × idem</translation>
    </message>
    <message>
        <source>Compute map</source>
        <translation>Calculer la carte</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Go back to the weights before the last click on the map</source>
        <translation>Revenir aux poids d&apos;avant le dernier clic sur la carte</translation>
    </message>
    <message>
        <source>log₁₀ training loss over the plane</source>
        <translation>log₁₀ de la perte d&apos;entraînement sur le plan</translation>
    </message>
    <message>
        <source>α (along d₁)</source>
        <translation>α (le long de d₁)</translation>
    </message>
    <message>
        <source>β (along d₂)</source>
        <translation>β (le long de d₂)</translation>
    </message>
    <message>
        <source>No map yet: press Compute map.</source>
        <translation>Pas encore de carte : appuyez sur « Calculer la carte ».</translation>
    </message>
    <message>
        <source>PCA directions need a recorded path: train first, or choose random directions.</source>
        <translation>Les directions ACP nécessitent un chemin enregistré : entraînez d&apos;abord, ou choisissez des directions aléatoires.</translation>
    </message>
    <message>
        <source>computing the map…</source>
        <translation>calcul de la carte…</translation>
    </message>
    <message>
        <source>; the path&apos;s variance along d₁, d₂: {p1}%, {p2}%</source>
        <translation> ; variance du chemin le long de d₁, d₂ : {p1}&#xa0;% et {p2}&#xa0;%</translation>
    </message>
    <message>
        <source>The white line is the path of the run (square: its start).</source>
        <translation>La ligne blanche est le chemin de l&apos;entraînement (carré : son départ).</translation>
    </message>
    <message>
        <source>Loss at the current weights (×): {loss}; lowest on the map {lowest}{explained}.{path} Click the map to move the weights there.</source>
        <translation>Perte aux poids actuels (×) : {loss} ; la plus basse sur la carte {lowest}{explained}.{path} Cliquez sur la carte pour y déplacer les poids.</translation>
    </message>
    <message>
        <source>Weights set: training loss {loss} (Undo goes back).</source>
        <translation>Poids fixés : perte d&apos;entraînement {loss} (« Annuler » revient en arrière).</translation>
    </message>
    <message>
        <source>Weights set at α = {alpha}, β = {beta}: training loss {loss} (Undo goes back).</source>
        <translation>Poids fixés en α = {alpha} ; β = {beta} : perte d&apos;entraînement {loss} (« Annuler » revient en arrière).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>ANN Studio will speak {language} when you start it again.</source>
        <translation>ANN Studio s&apos;affichera en {language} au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language of this computer, where ANN Studio speaks it; else English</source>
        <translation>La langue de cet ordinateur, si ANN Studio la propose ; sinon l&apos;anglais</translation>
    </message>
    <message>
        <source>ANN Studio in {language}, from its next start</source>
        <translation>ANN Studio en {language}, dès le prochain démarrage</translation>
    </message>
</context>
<context>
    <name>LayerView</name>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Which layer to look at (lecture numbering: layer 1 is the output layer)</source>
        <translation>La couche à examiner (numérotation du cours : la couche 1 est la couche de sortie)</translation>
    </message>
    <message>
        <source>Each neuron over the input plane (click one)</source>
        <translation>Chaque neurone sur le plan d&apos;entrée (cliquez sur l&apos;un d&apos;eux)</translation>
    </message>
    <message>
        <source>Samples × neurons (sorted by class)</source>
        <translation>Exemples × neurones (triés par classe)</translation>
    </message>
    <message>
        <source>W (inputs × neurons)</source>
        <translation>W (entrées × neurones)</translation>
    </message>
    <message>
        <source>{layer} (output): {inputs} → {neurons}, {act}</source>
        <translation>{layer} (sortie) : {inputs} → {neurons}, {act}</translation>
    </message>
    <message>
        <source>{layer} (hidden): {inputs} → {neurons}, {act}</source>
        <translation>{layer} (cachée) : {inputs} → {neurons}, {act}</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Each neuron z along x1, one strip per neuron (±{scale}; click one to enlarge)</source>
        <translation>Chaque neurone z le long de x1, une bande par neurone (±{scale} ; cliquez pour agrandir)</translation>
    </message>
    <message>
        <source>Each neuron z over the input plane (±{scale}; click one to enlarge)</source>
        <translation>Chaque neurone z sur le plan d&apos;entrée (±{scale} ; cliquez pour agrandir)</translation>
    </message>
    <message>
        <source>The output layer: see the data view.</source>
        <translation>La couche de sortie : voir la vue des données.</translation>
    </message>
    <message>
        <source>Drawn for 1 or 2 input features; this network has {n}.</source>
        <translation>Tracé pour 1 ou 2 variables d&apos;entrée ; ce réseau en a {n}.</translation>
    </message>
    <message>
        <source>Each neuron over the input plane</source>
        <translation>Chaque neurone sur le plan d&apos;entrée</translation>
    </message>
    <message>
        <source>{samples} samples × {neurons} neurons (by target; ±{scale})</source>
        <translation>{samples} exemples × {neurons} neurones (par cible ; ±{scale})</translation>
    </message>
    <message>
        <source>{samples} samples × {neurons} neurons (by class; ±{scale})</source>
        <translation>{samples} exemples × {neurons} neurones (par classe ; ±{scale})</translation>
    </message>
    <message>
        <source>{name}: {inputs} inputs × {neurons} neurons (±{scale})</source>
        <translation>{name} : {inputs} entrées × {neurons} neurones (±{scale})</translation>
    </message>
    <message>
        <source>orange &lt; 0 &lt; blue</source>
        <translation>orange &lt; 0 &lt; bleu</translation>
    </message>
</context>
<context>
    <name>LecturePresets</name>
    <message>
        <source>¬XOR by hand (lecture §2)</source>
        <translation>¬XOR à la main (cours §2)</translation>
    </message>
    <message>
        <source>Lecture moons (§4)</source>
        <translation>Lunes du cours (§4)</translation>
    </message>
    <message>
        <source>Lecture presets</source>
        <translation>Exemples du cours</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>¬XOR by hand (lecture §2)</source>
        <translation>¬XOR à la main (cours §2)</translation>
    </message>
    <message>
        <source>The lecture&apos;s hand-set network: two inputs, a hidden layer of two ReLU units and a σ output, with W₂ = [[1, −1], [−1, 1]], b₂ = (0, 0), W₁ = [[−1], [−1]], b₁ = 1/2. The plots call the inputs x1 and x2 (the lecture calls them x₀ and x₁). The hidden units compute max(x1 − x2, 0) and max(x2 − x1, 0), so the output is σ(1/2) ≈ 0.62 for (0,0) and (1,1) and σ(−1/2) ≈ 0.38 for (1,0) and (0,1): points with equal coordinates are class 1. Step through one point in the inspector to see every u and z of the lecture. Numbering: the lecture&apos;s worked ¬XOR example and its backprop derivation give u and z an index one higher than its code: uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ with output z₁ (it writes u₃,₀ = x₀ − x₁). ANN Studio follows the lecture&apos;s code: uᵢ = zᵢWᵢ + bᵢ with output z₀, so the example&apos;s u₃ is u₂ here and its z₁ is z₀. The weights W₂, b₂, W₁, b₁ have the same names in both. Then press Run: in 50 epochs SGD pushes the outputs apart (equal coordinates towards 1, the others towards 0) and the loss falls from 0.47 to 0.35.</source>
        <translation>Le réseau réglé à la main du cours : deux entrées, une couche cachée de deux neurones ReLU et une sortie σ, avec W₂ = [[1, −1], [−1, 1]], b₂ = (0, 0), W₁ = [[−1], [−1]], b₁ = 1/2. Les graphiques appellent les entrées x1 et x2 (le cours les appelle x₀ et x₁). Les neurones cachés calculent max(x1 − x2, 0) et max(x2 − x1, 0) ; la sortie vaut donc σ(1/2) ≈ 0,62 pour (0, 0) et (1, 1) et σ(−1/2) ≈ 0,38 pour (1, 0) et (0, 1) : les points aux coordonnées égales sont de classe 1. Parcourez un point pas à pas dans l&apos;inspecteur pour voir chaque u et z du cours. Numérotation : l&apos;exemple ¬XOR détaillé du cours et sa dérivation de la rétropropagation donnent à u et z un indice supérieur d&apos;une unité à celui de son code : uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ avec la sortie z₁ (il écrit u₃,₀ = x₀ − x₁). ANN Studio suit le code du cours : uᵢ = zᵢWᵢ + bᵢ avec la sortie z₀ ; le u₃ de l&apos;exemple est donc ici u₂ et son z₁ est z₀. Les poids W₂, b₂, W₁, b₁ portent le même nom dans les deux. Puis cliquez sur Lancer : en 50 époques, SGD écarte les sorties (coordonnées égales vers 1, les autres vers 0) et la perte descend de 0,47 à 0,35.</translation>
    </message>
    <message>
        <source>Two moons with SGD (lecture §4)</source>
        <translation>Deux lunes avec SGD (cours §4)</translation>
    </message>
    <message>
        <source>The lecture&apos;s run: 500 two-moons points with noise 0.1 (what the lecture&apos;s printed points fit), all of them used for training as in the lecture (no test set), a 2 → 20 → 40 → 20 → 1 network with ReLU hidden layers and a σ output, mini-batches of 10, plain SGD with learning rate 0.015 for 50 epochs. The loss starts at about 0.69 (= log 2, a network that says 1/2 everywhere) and creeps for 10 to 20 epochs while the small initial weights grow (still above 0.66 at epoch 10 on every seed), then falls to about 0.24 by epoch 50. The lecture shows 0.35 by epoch 15: that was a lucky initialisation — its own code gives a median of 0.68 at epoch 15 over 40 seeds, and here the median over ten seeds is 0.66. After 50 epochs the boundary is still nearly a straight line (about 89 % of the points right); keep training and it bends around the moons: on most seeds 99 % by epoch 150.</source>
        <translation>L&apos;entraînement du cours : 500 points des deux lunes avec un bruit de 0,1 (ce qui correspond aux points imprimés dans le cours), tous utilisés pour l&apos;entraînement comme dans le cours (pas de jeu de test), un réseau 2 → 20 → 40 → 20 → 1 avec des couches cachées ReLU et une sortie σ, des mini-lots de 10, SGD simple avec un taux d&apos;apprentissage de 0,015 pendant 50 époques. La perte part d&apos;environ 0,69 (= log 2, un réseau qui répond 1/2 partout) et stagne 10 à 20 époques pendant que les petits poids initiaux grandissent (encore au-dessus de 0,66 à l&apos;époque 10 pour toutes les graines), puis descend à environ 0,24 à l&apos;époque 50. Le cours montre 0,35 à l&apos;époque 15 : c&apos;était une initialisation chanceuse — son propre code donne une médiane de 0,68 à l&apos;époque 15 sur 40 graines, et ici la médiane sur dix graines est de 0,66. Après 50 époques, la frontière de décision est encore presque une droite (environ 89 % des points bien classés) ; continuez l&apos;entraînement et elle se courbe autour des lunes : pour la plupart des graines, 99 % à l&apos;époque 150.</translation>
    </message>
    <message>
        <source>Two moons with the lecture&apos;s momentum</source>
        <translation>Deux lunes avec le momentum du cours</translation>
    </message>
    <message>
        <source>The same network and data, trained with the lecture&apos;s momentum: ΔW_t = (1 − η)ΔW_{t−1} + η∇Q(W_t), W ← W − αΔW_t with α = 0.04 and η = 0.7, for 30 epochs. The loss falls much sooner than in the SGD lesson (about 0.26 at epoch 15, against 0.66) — but not because of the averaging: the convex form (1 − η)ΔW + η∇ never makes a step larger than the gradient&apos;s, and plain SGD with lr 0.04 gives nearly the same curve (within 0.01 at epoch 15 on every seed). The speed-up is only α = 0.04 &gt; 0.015. Switch the optimizer to SGD with lr 0.04 and compare. (The lecture&apos;s own momentum run rises in its first epoch because its code flips the sign of the first step; the app implements the formula.)</source>
        <translation>Le même réseau et les mêmes données, entraînés avec le momentum du cours : ΔW_t = (1 − η)ΔW_{t−1} + η∇Q(W_t), W ← W − αΔW_t avec α = 0,04 et η = 0,7, pendant 30 époques. La perte descend bien plus tôt que dans la leçon SGD (environ 0,26 à l&apos;époque 15, contre 0,66) — mais pas grâce à la moyenne : la forme convexe (1 − η)ΔW + η∇ ne fait jamais un pas plus grand que celui du gradient, et SGD simple avec lr 0,04 donne presque la même courbe (à moins de 0,01 près à l&apos;époque 15 pour toutes les graines). L&apos;accélération vient seulement de α = 0,04 &gt; 0,015. Passez l&apos;optimiseur à SGD avec lr 0,04 et comparez. (L&apos;entraînement avec momentum du cours remonte à sa première époque parce que son code inverse le signe du premier pas ; l&apos;application implémente la formule.)</translation>
    </message>
    <message>
        <source>Two moons with Adagrad</source>
        <translation>Deux lunes avec Adagrad</translation>
    </message>
    <message>
        <source>Adagrad divides each gradient component by the square root of the running sum of its squares: G ← G + ∇², W ← W − η∇/(√G + ε). Components that have seen large gradients take smaller steps, rarely-updated ones keep larger steps. G only grows, so each component&apos;s step η/(√G + ε) can only shrink. Here η = 0.05 on the lecture&apos;s moons for 30 epochs: the loss falls below 0.1 on every seed, to about 0.003 on most. (The lecture writes the update with +, which would climb the loss: a typo; its code puts ε inside the root, √(G + ε).)</source>
        <translation>Adagrad divise chaque composante du gradient par la racine carrée de la somme cumulée de ses carrés : G ← G + ∇², W ← W − η∇/(√G + ε). Les composantes qui ont vu de grands gradients font des pas plus petits, celles rarement mises à jour gardent des pas plus grands. G ne fait que croître, donc le pas η/(√G + ε) de chaque composante ne peut que diminuer. Ici η = 0,05 sur les lunes du cours pendant 30 époques : la perte passe sous 0,1 pour toutes les graines, à environ 0,003 pour la plupart. (Le cours écrit la mise à jour avec +, ce qui ferait monter la perte : une coquille ; son code met ε sous la racine, √(G + ε).)</translation>
    </message>
    <message>
        <source>Two moons with RMSProp</source>
        <translation>Deux lunes avec RMSProp</translation>
    </message>
    <message>
        <source>RMSProp replaces Adagrad&apos;s ever-growing sum by a decaying average, v ← γv + (1 − γ)∇², W ← W − η∇/(√v + ε), so the step size does not shrink to nothing. Here torch&apos;s per-component form with η = 0.002 and γ = 0.99 (torch calls γ alpha) for 30 epochs: the loss falls below 0.02, to about 0.004 on most seeds. Switch the optimizer to &apos;RMSProp (lecture form)&apos; to try the lecture&apos;s variant with one v per weight matrix.</source>
        <translation>RMSProp remplace la somme toujours croissante d&apos;Adagrad par une moyenne qui s&apos;estompe, v ← γv + (1 − γ)∇², W ← W − η∇/(√v + ε), si bien que la taille du pas ne se réduit pas à rien. Ici la forme par composante de torch avec η = 0,002 et γ = 0,99 (torch appelle γ alpha) pendant 30 époques : la perte passe sous 0,02, à environ 0,004 pour la plupart des graines. Passez l&apos;optimiseur à « RMSProp (forme du cours) » pour essayer la variante du cours, avec un v par matrice de poids.</translation>
    </message>
    <message>
        <source>Two moons with Adam</source>
        <translation>Deux lunes avec Adam</translation>
    </message>
    <message>
        <source>Adam combines momentum (an average m of the gradients) with RMSProp&apos;s scaling (an average v of their squares), both bias-corrected: W ← W − lr·m̂/(√v̂ + ε). It is not the lecture&apos;s training loop (that is plain SGD): the lecture lists it among the other optimizers torch offers. With lr = 0.002 the loss is below 0.25 by epoch 15 and below 0.04 by epoch 30 (about 0.007 on most seeds). Try lr = 0.0005: too small a step, still about 0.16 at epoch 30. Try lr = 0.01: the loss drops fastest (below 0.02 by epoch 10) but the curve is jagged: steps too large for the valley overshoot and the loss climbs back up now and then.</source>
        <translation>Adam combine le momentum (une moyenne m des gradients) avec la mise à l&apos;échelle de RMSProp (une moyenne v de leurs carrés), toutes deux corrigées du biais : W ← W − lr·m̂/(√v̂ + ε). Ce n&apos;est pas la boucle d&apos;entraînement du cours (qui est SGD simple) : le cours le cite parmi les autres optimiseurs proposés par torch. Avec lr = 0,002, la perte est sous 0,25 à l&apos;époque 15 et sous 0,04 à l&apos;époque 30 (environ 0,007 pour la plupart des graines). Essayez lr = 0,0005 : un pas trop petit, encore environ 0,16 à l&apos;époque 30. Essayez lr = 0,01 : la perte baisse le plus vite (sous 0,02 à l&apos;époque 10), mais la courbe est en dents de scie : des pas trop grands pour la vallée la dépassent et la perte remonte de temps en temps.</translation>
    </message>
    <message>
        <source>XOR without a hidden layer (it cannot work)</source>
        <translation>XOR sans couche cachée (impossible)</translation>
    </message>
    <message>
        <source>A network with no hidden layer is logistic regression: σ(x W + b) is above 1/2 on one side of the straight line x W + b = 0. XOR&apos;s classes sit in opposite quadrants, and no single line separates them — at best it gets three quadrants right (75 %), and gradient descent stays near 50 % with the loss stuck close to log 2 ≈ 0.69. Add the derived feature x1·x2 and it is above 90 % within 5 epochs; add one hidden layer of 8 ReLU units instead and, on most seeds, it climbs past 90 % within 30 epochs (a run whose units die stays lower: try another seed).</source>
        <translation>Un réseau sans couche cachée est une régression logistique : σ(x W + b) dépasse 1/2 d&apos;un côté de la droite x W + b = 0. Les classes de XOR occupent des quadrants opposés et aucune droite seule ne les sépare — au mieux, trois quadrants sont justes (75 %), et la descente de gradient reste vers 50 %, la perte bloquée près de log 2 ≈ 0,69. Ajoutez la caractéristique dérivée x1·x2 et l&apos;exactitude dépasse 90 % en 5 époques ; ajoutez plutôt une couche cachée de 8 neurones ReLU et, pour la plupart des graines, elle dépasse 90 % en 30 époques (un entraînement dont les neurones meurent reste plus bas : essayez une autre graine).</translation>
    </message>
    <message>
        <source>Spirals need depth</source>
        <translation>Les spirales demandent de la profondeur</translation>
    </message>
    <message>
        <source>Three interleaved spiral arms. A single hidden layer of 4 ReLU units (27 parameters) can only bend the boundary a few times and stays near 60 % of the training points. Three layers of 16 units (643 parameters) pass 95 % within 15 epochs, because each layer folds the plane again. Is it just the number of parameters? One layer of 107 units has as many (645), yet at epoch 10 it gets about 10 % fewer of the points right. Change the hidden layers and compare the decision boundaries.</source>
        <translation>Trois bras de spirale entrelacés. Une seule couche cachée de 4 neurones ReLU (27 paramètres) ne peut courber la frontière que quelques fois et reste vers 60 % des points d&apos;entraînement. Trois couches de 16 neurones (643 paramètres) dépassent 95 % en 15 époques, car chaque couche replie le plan une fois de plus. Est-ce seulement le nombre de paramètres ? Une couche de 107 neurones en a autant (645), et pourtant, à l&apos;époque 10, elle classe bien environ 10 % de points en moins. Modifiez les couches cachées et comparez les frontières de décision.</translation>
    </message>
    <message>
        <source>Deep sigmoid networks and vanishing gradients</source>
        <translation>Réseaux sigmoïdes profonds et disparition du gradient</translation>
    </message>
    <message>
        <source>Eight hidden layers of 10 σ units on the moons. σ&apos;(u) = σ(u)σ(−u) is at most 1/4, and backpropagation multiplies one such factor (and a Wᵀ) per layer, so the gradient reaching the first layer is more than a thousand times smaller than at the output: look at the per-layer gradient norms. The loss hardly moves from log 2 in 30 epochs. Switch the hidden activations to ReLU (or keep two σ layers) and the same training brings the loss below 0.35.</source>
        <translation>Huit couches cachées de 10 neurones σ sur les lunes. σ&apos;(u) = σ(u)σ(−u) vaut au plus 1/4, et la rétropropagation multiplie par un tel facteur (et par une Wᵀ) à chaque couche ; le gradient qui atteint la première couche est donc plus de mille fois plus petit qu&apos;en sortie : regardez les normes du gradient par couche. La perte bouge à peine de log 2 en 30 époques. Passez les activations cachées à ReLU (ou ne gardez que deux couches σ) et le même entraînement fait passer la perte sous 0,35.</translation>
    </message>
    <message>
        <source>Regression of a noisy sine</source>
        <translation>Régression d&apos;un sinus bruité</translation>
    </message>
    <message>
        <source>200 points y = sin(x) + noise (std 0.1) on [−3, 3], a 1 → 20 → 20 → 1 network with tanh hidden units and an identity output, mean squared error, Adam with lr = 0.01. The curve first fits a straight line, then bends to the sine. The loss comes down to about 0.015 by epoch 100, close to the noise variance 0.01 and (on almost every seed) not below it — fitting far below that would be fitting the noise. R² is shown instead of accuracy.</source>
        <translation>200 points y = sin(x) + bruit (écart type 0,1) sur [−3, 3], un réseau 1 → 20 → 20 → 1 avec des neurones cachés tanh et une sortie identité, erreur quadratique moyenne, Adam avec lr = 0,01. La courbe s&apos;ajuste d&apos;abord en droite, puis se courbe vers le sinus. La perte descend à environ 0,015 à l&apos;époque 100, près de la variance du bruit 0,01 et (pour presque toutes les graines) pas en dessous — descendre bien plus bas reviendrait à apprendre le bruit. R² est affiché à la place de l&apos;exactitude.</translation>
    </message>
    <message>
        <source>Misconception: a bigger learning rate is always faster</source>
        <translation>Idée reçue : un plus grand taux d&apos;apprentissage va toujours plus vite</translation>
    </message>
    <message>
        <source>The learning rate is the length of each step downhill. The lecture&apos;s lr = 0.015 crawls at first. So bigger must be better? Predict each run, then run and see. Too long a step jumps over the valley and the loss goes up and down without getting anywhere; the fastest rate is large, but not too large.</source>
        <translation>Le taux d&apos;apprentissage est la longueur de chaque pas vers le bas. Avec le lr = 0,015 du cours, on avance d&apos;abord très lentement. Alors plus grand, c&apos;est forcément mieux ? Prédisez chaque entraînement, puis lancez-le et regardez. Un pas trop long saute par-dessus la vallée et la perte monte et descend sans avancer ; le taux le plus rapide est grand, mais pas trop.</translation>
    </message>
    <message>
        <source>Misconception: starting from zero weights works</source>
        <translation>Idée reçue : partir de poids nuls fonctionne</translation>
    </message>
    <message>
        <source>Why does the lecture start from small random weights, 0.1·N(0, 1), and not simply from zero? With every weight 0, every hidden unit of a layer computes the same u, gets the same gradient and stays the same as its neighbours — and with ReLU, u = 0 sits where the gradient h(0) is 0, so no weight ever moves: only the output&apos;s bias learns, and all it can learn is the share of each class. Predict what a run does, then check.</source>
        <translation>Pourquoi le cours part-il de petits poids aléatoires, 0,1·N(0, 1), et pas tout simplement de zéro ? Avec tous les poids à 0, chaque neurone caché d&apos;une couche calcule le même u, reçoit le même gradient et reste identique à ses voisins — et avec ReLU, u = 0 se trouve là où le gradient h(0) vaut 0 : aucun poids ne bouge jamais. Seul le biais de la sortie apprend, et il ne peut apprendre que la proportion de chaque classe. Prédisez ce que fait un entraînement, puis vérifiez.</translation>
    </message>
    <message>
        <source>Misconception: more neurons are always better</source>
        <translation>Idée reçue : plus de neurones, c&apos;est toujours mieux</translation>
    </message>
    <message>
        <source>A bigger network can fit more, so it should always be better? Here are 400 noisy moon points; the network trains on only 50 of them, the other 350 are a test set it never sees. A network with 2 × 64 hidden units fits the training points better — and the test points worse: it learns the noise of the 50 points it sees, and its test loss grows while it becomes sure of wrong answers. A small network can do better where it counts.</source>
        <translation>Un réseau plus grand peut s&apos;ajuster à davantage de choses, donc il devrait toujours être meilleur ? Voici 400 points de lunes bruités ; le réseau ne s&apos;entraîne que sur 50 d&apos;entre eux, les 350 autres forment un jeu de test qu&apos;il ne voit jamais. Un réseau à 2 × 64 neurones cachés s&apos;ajuste mieux aux points d&apos;entraînement — et moins bien aux points de test : il apprend le bruit des 50 points qu&apos;il voit, et sa perte de test augmente à mesure qu&apos;il devient sûr de réponses fausses. Un petit réseau peut faire mieux là où cela compte.</translation>
    </message>
    <message>
        <source>Misconception: the training loss always goes down</source>
        <translation>Idée reçue : la perte d&apos;entraînement baisse toujours</translation>
    </message>
    <message>
        <source>Gradient descent steps downhill, so the loss can only fall? Each step follows the gradient of one mini-batch of 10 points, not of the whole set, and a step can overshoot. Watch the &apos;per step&apos; curve and the epoch curve: predict, then run.</source>
        <translation>La descente de gradient descend la pente, donc la perte ne peut que baisser ? Chaque pas suit le gradient d&apos;un mini-lot de 10 points, pas celui de tout le jeu de données, et un pas peut aller trop loin. Observez la courbe « par pas » et la courbe par époque : prédisez, puis lancez.</translation>
    </message>
    <message>
        <source>Race: the lecture&apos;s optimizers from the same start</source>
        <translation>Course : les optimiseurs du cours depuis le même départ</translation>
    </message>
    <message>
        <source>The lecture&apos;s five optimizers race on the lecture&apos;s moons (500 points, noise 0.1; 2 → 20 → 40 → 20 → 1 with ReLU and a σ output; batches of 10), each with the settings of its own lesson: SGD lr 0.015, the lecture&apos;s momentum α 0.04 η 0.7, Adagrad lr 0.05, RMSProp lr 0.002 and Adam lr 0.002. All five start from the same initial weights and see the same mini-batches in the same order, so their curves differ only by the optimizer: all start at the same loss, near log 2 ≈ 0.69. Open Compare → Optimizer race… and press Start race (30 epochs); on the command line, annstudio race with one --racer &quot;NAME k=v&quot; per optimizer does the same. Predict before you start: which racers are still above loss 0.1 at the end?</source>
        <translation>Les cinq optimiseurs du cours font la course sur les lunes du cours (500 points, bruit 0,1 ; 2 → 20 → 40 → 20 → 1 avec ReLU et une sortie σ ; lots de 10), chacun avec les réglages de sa propre leçon : SGD lr 0,015, le momentum du cours α 0,04 η 0,7, Adagrad lr 0,05, RMSProp lr 0,002 et Adam lr 0,002. Les cinq partent des mêmes poids initiaux et voient les mêmes mini-lots dans le même ordre ; leurs courbes ne diffèrent donc que par l&apos;optimiseur : toutes partent de la même perte, près de log 2 ≈ 0,69. Ouvrez Comparer → Course d&apos;optimiseurs… et cliquez sur Lancer la course (30 époques) ; en ligne de commande, annstudio race avec un --racer &quot;NAME k=v&quot; par optimiseur fait la même chose. Prédisez avant de commencer : quels concurrents sont encore au-dessus d&apos;une perte de 0,1 à la fin ?</translation>
    </message>
    <message>
        <source>After 30 epochs, which racers are still above a training loss of 0.1?</source>
        <translation>Après 30 époques, quels concurrents sont encore au-dessus d&apos;une perte d&apos;entraînement de 0,1 ?</translation>
    </message>
    <message>
        <source>None of them</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>SGD and the lecture&apos;s momentum</source>
        <translation>SGD et le momentum du cours</translation>
    </message>
    <message>
        <source>Only SGD</source>
        <translation>Seulement SGD</translation>
    </message>
    <message>
        <source>All but Adam</source>
        <translation>Tous sauf Adam</translation>
    </message>
    <message>
        <source>On every seed SGD (median 0.30) and the lecture&apos;s momentum (median 0.22) are still far above 0.1, while Adagrad, RMSProp and Adam, which scale each component&apos;s step, are below it (medians 0.003, 0.004 and 0.007). Which of those three ends lowest changes from seed to seed: press Try another seed and race again. Press Run to train Adam in the window.</source>
        <translation>Pour toutes les graines, SGD (médiane 0,30) et le momentum du cours (médiane 0,22) sont encore bien au-dessus de 0,1, tandis qu&apos;Adagrad, RMSProp et Adam, qui mettent à l&apos;échelle le pas de chaque composante, sont en dessous (médianes 0,003, 0,004 et 0,007). Lequel des trois finit le plus bas change d&apos;une graine à l&apos;autre : cliquez sur Autre graine et relancez la course. Cliquez sur Lancer pour entraîner Adam dans la fenêtre.</translation>
    </message>
    <message>
        <source>Will a network with no hidden layer separate XOR?</source>
        <translation>Un réseau sans couche cachée séparera-t-il XOR ?</translation>
    </message>
    <message>
        <source>Yes, after enough epochs</source>
        <translation>Oui, après assez d&apos;époques</translation>
    </message>
    <message>
        <source>No: it stays near 50 % — a line cannot do it</source>
        <translation>Non : il reste vers 50 % — une droite n&apos;y arrive pas</translation>
    </message>
    <message>
        <source>Yes, if the learning rate is large enough</source>
        <translation>Oui, si le taux d&apos;apprentissage est assez grand</translation>
    </message>
    <message>
        <source>σ(xW + b) &gt; 1/2 on one side of one straight line; XOR needs two.</source>
        <translation>σ(xW + b) &gt; 1/2 d&apos;un côté d&apos;une seule droite ; XOR en demande deux.</translation>
    </message>
    <message>
        <source>All weights start at 0. What does a run with SGD, lr 0.1, do?</source>
        <translation>Tous les poids partent de 0. Que fait un entraînement avec SGD, lr 0,1 ?</translation>
    </message>
    <message>
        <source>It learns like the lecture&apos;s initialisation</source>
        <translation>Il apprend comme avec l&apos;initialisation du cours</translation>
    </message>
    <message>
        <source>It learns, only more slowly</source>
        <translation>Il apprend, mais plus lentement</translation>
    </message>
    <message>
        <source>It does not learn: the loss stays at log 2 ≈ 0.69</source>
        <translation>Il n&apos;apprend pas : la perte reste à log 2 ≈ 0,69</translation>
    </message>
    <message>
        <source>With all weights 0 every hidden u is 0, ReLU&apos;s gradient h(0) is 0, and no weight ever receives a gradient; only the output&apos;s bias moves.</source>
        <translation>Avec tous les poids à 0, chaque u caché vaut 0, le gradient h(0) de ReLU vaut 0 et aucun poids ne reçoit jamais de gradient ; seul le biais de la sortie bouge.</translation>
    </message>
    <message>
        <source>2 → 64 → 64 → 1 against the small 2 → 4 → 1: which is better on the 350 test points after 150 epochs?</source>
        <translation>2 → 64 → 64 → 1 contre le petit 2 → 4 → 1 : lequel est meilleur sur les 350 points de test après 150 époques ?</translation>
    </message>
    <message>
        <source>The big one, on training and test points</source>
        <translation>Le grand, sur les points d&apos;entraînement et de test</translation>
    </message>
    <message>
        <source>The big one on the training points, but not on the test points</source>
        <translation>Le grand sur les points d&apos;entraînement, mais pas sur les points de test</translation>
    </message>
    <message>
        <source>Both are the same</source>
        <translation>Les deux se valent</translation>
    </message>
    <message>
        <source>On every seed the big network gets more training points right (about 98 % against 88 %), and its test loss is far higher (about 2.2 against 0.43): it is sure of wrong answers. Its test accuracy is no better: about 80 % for both.</source>
        <translation>Pour toutes les graines, le grand réseau classe bien plus de points d&apos;entraînement (environ 98 % contre 88 %), et sa perte de test est bien plus élevée (environ 2,2 contre 0,43) : il est sûr de réponses fausses. Son exactitude de test n&apos;est pas meilleure : environ 80 % pour les deux.</translation>
    </message>
    <message>
        <source>With lr 0.015, will each mini-batch step give a lower batch loss than the step before?</source>
        <translation>Avec lr 0,015, chaque pas de mini-lot donnera-t-il une perte de lot plus basse que le pas précédent ?</translation>
    </message>
    <message>
        <source>Yes, every step goes downhill</source>
        <translation>Oui, chaque pas descend</translation>
    </message>
    <message>
        <source>No: about half of the steps go up</source>
        <translation>Non : environ la moitié des pas montent</translation>
    </message>
    <message>
        <source>Only the first steps go up</source>
        <translation>Seuls les premiers pas montent</translation>
    </message>
    <message>
        <source>Each batch holds other points: the loss of the next batch can be higher even when the epoch loss falls every epoch (it does here, for 20 epochs).</source>
        <translation>Chaque lot contient d&apos;autres points : la perte du lot suivant peut être plus élevée même quand la perte par époque baisse à chaque époque (c&apos;est le cas ici, pendant 20 époques).</translation>
    </message>
    <message>
        <source>With the lecture&apos;s lr = 0.015, where will the loss be after 20 epochs?</source>
        <translation>Avec le lr = 0,015 du cours, où sera la perte après 20 époques ?</translation>
    </message>
    <message>
        <source>Below 0.1: the run is done</source>
        <translation>Sous 0,1 : l&apos;entraînement est terminé</translation>
    </message>
    <message>
        <source>Still above 0.45: it has hardly started</source>
        <translation>Encore au-dessus de 0,45 : il a à peine commencé</translation>
    </message>
    <message>
        <source>Above log 2 ≈ 0.69: it got worse</source>
        <translation>Au-dessus de log 2 ≈ 0,69 : c&apos;est pire</translation>
    </message>
    <message>
        <source>The small initial weights make the first epochs crawl: at epoch 20 the loss is about 0.59 (between 0.45 and 0.68 on every seed).</source>
        <translation>Les petits poids initiaux font avancer très lentement les premières époques : à l&apos;époque 20, la perte est d&apos;environ 0,59 (entre 0,45 et 0,68 pour toutes les graines).</translation>
    </message>
    <message>
        <source>Keep training</source>
        <translation>Continuer l&apos;entraînement</translation>
    </message>
    <message>
        <source>Train on to epoch 150 (the epochs are set to 150: press Run). A straight line cannot get much above 89 % here; watch the boundary bend around the moons. On most seeds it reaches 99 %; the goal is 95 %.</source>
        <translation>Poursuivez l&apos;entraînement jusqu&apos;à l&apos;époque 150 (les époques sont réglées sur 150 : cliquez sur Lancer). Une droite ne peut guère dépasser 89 % ici ; regardez la frontière se courber autour des lunes. Pour la plupart des graines, elle atteint 99 % ; l&apos;objectif est 95 %.</translation>
    </message>
    <message>
        <source>Plain SGD with the same step</source>
        <translation>SGD simple avec le même pas</translation>
    </message>
    <message>
        <source>Now plain SGD with lr 0.04 (the optimizer is switched for you). Press Run.</source>
        <translation>Maintenant SGD simple avec lr 0,04 (l&apos;optimiseur a été changé pour vous). Cliquez sur Lancer.</translation>
    </message>
    <message>
        <source>Plain SGD with lr = α = 0.04, without any averaging: by epoch 15 its loss will be…</source>
        <translation>SGD simple avec lr = α = 0,04, sans aucune moyenne : à l&apos;époque 15, sa perte sera…</translation>
    </message>
    <message>
        <source>much higher than momentum&apos;s</source>
        <translation>bien plus élevée que celle du momentum</translation>
    </message>
    <message>
        <source>about the same as momentum&apos;s</source>
        <translation>à peu près la même que celle du momentum</translation>
    </message>
    <message>
        <source>much lower than momentum&apos;s</source>
        <translation>bien plus basse que celle du momentum</translation>
    </message>
    <message>
        <source>(1 − η)ΔW + η∇ averages gradients but never enlarges the step: the speed-up came from α = 0.04 &gt; 0.015.</source>
        <translation>(1 − η)ΔW + η∇ fait la moyenne des gradients mais n&apos;agrandit jamais le pas : l&apos;accélération venait de α = 0,04 &gt; 0,015.</translation>
    </message>
    <message>
        <source>A larger step</source>
        <translation>Un pas plus grand</translation>
    </message>
    <message>
        <source>The same run with lr = 0.01 (set for you). Press Run and watch the loss curve.</source>
        <translation>Le même entraînement avec lr = 0,01 (déjà réglé). Cliquez sur Lancer et observez la courbe de perte.</translation>
    </message>
    <message>
        <source>lr = 0.01 instead of 0.002: what will the loss curve do?</source>
        <translation>lr = 0,01 au lieu de 0,002 : que fera la courbe de perte ?</translation>
    </message>
    <message>
        <source>Fall faster and stay down</source>
        <translation>Descendre plus vite et rester basse</translation>
    </message>
    <message>
        <source>Fall faster, but climb back up now and then</source>
        <translation>Descendre plus vite, mais remonter de temps en temps</translation>
    </message>
    <message>
        <source>Fall more slowly</source>
        <translation>Descendre plus lentement</translation>
    </message>
    <message>
        <source>It is below 0.02 by epoch 10 on every seed, far sooner than with lr 0.002; but now and then a step overshoots the valley and the loss climbs back above its lowest so far (by a median of 0.04; try another seed to see how much it varies).</source>
        <translation>Elle est sous 0,02 à l&apos;époque 10 pour toutes les graines, bien plus tôt qu&apos;avec lr 0,002 ; mais de temps en temps un pas dépasse la vallée et la perte remonte au-dessus de son minimum atteint jusque-là (de 0,04 en médiane ; essayez une autre graine pour voir combien cela varie).</translation>
    </message>
    <message>
        <source>Make it learn XOR</source>
        <translation>Faites-lui apprendre XOR</translation>
    </message>
    <message>
        <source>Change the network (or add a derived feature) so that it learns XOR: at least 90 % of the training points right after 30 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>Modifiez le réseau (ou ajoutez une caractéristique dérivée) pour qu&apos;il apprenne XOR : au moins 90 % des points d&apos;entraînement bien classés après 30 époques. Chaque essai repart de l&apos;époque 0 : après une modification, cliquez sur Réinitialiser, puis sur Lancer.</translation>
    </message>
    <message>
        <source>Tick the derived feature x1·x2 in the Dataset panel, or add one hidden layer of 8 ReLU units in the Network panel.</source>
        <translation>Cochez la caractéristique dérivée x1·x2 dans le panneau Jeu de données, ou ajoutez une couche cachée de 8 neurones ReLU dans le panneau Réseau.</translation>
    </message>
    <message>
        <source>The same number of parameters in one layer</source>
        <translation>Le même nombre de paramètres en une couche</translation>
    </message>
    <message>
        <source>One hidden layer of 107 units has 645 parameters, as many as three layers of 16 (643). It is set for you: press Run.</source>
        <translation>Une couche cachée de 107 neurones a 645 paramètres, autant que trois couches de 16 (643). Elle est déjà réglée : cliquez sur Lancer.</translation>
    </message>
    <message>
        <source>One layer with as many parameters: will it also pass 95 % of the training points by epoch 10?</source>
        <translation>Une couche avec autant de paramètres : dépassera-t-elle aussi 95 % des points d&apos;entraînement à l&apos;époque 10 ?</translation>
    </message>
    <message>
        <source>Yes: parameters are what count</source>
        <translation>Oui : ce sont les paramètres qui comptent</translation>
    </message>
    <message>
        <source>No: it is slower</source>
        <translation>Non : elle est plus lente</translation>
    </message>
    <message>
        <source>It never gets there</source>
        <translation>Elle n&apos;y arrive jamais</translation>
    </message>
    <message>
        <source>At epoch 10 it is at about 85 %, the three layers at about 96 %: composing layers folds the plane again and again.</source>
        <translation>À l&apos;époque 10, elle est vers 85 %, les trois couches vers 96 % : composer des couches replie le plan encore et encore.</translation>
    </message>
    <message>
        <source>Make the deep network train</source>
        <translation>Faites apprendre le réseau profond</translation>
    </message>
    <message>
        <source>Keep the data and the optimizer. Change the hidden layers so that the loss falls below 0.35 within 30 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>Gardez les données et l&apos;optimiseur. Modifiez les couches cachées pour que la perte passe sous 0,35 en 30 époques. Chaque essai repart de l&apos;époque 0 : après une modification, cliquez sur Réinitialiser, puis sur Lancer.</translation>
    </message>
    <message>
        <source>σ&apos; ≤ 1/4 shrinks the gradient at every layer: switch the hidden activations to ReLU, whose slope is 1 where it is active (or use only two σ layers).</source>
        <translation>σ&apos; ≤ 1/4 réduit le gradient à chaque couche : passez les activations cachées à ReLU, dont la pente vaut 1 là où elle est active (ou n&apos;utilisez que deux couches σ).</translation>
    </message>
    <message>
        <source>Predict: lr = 5</source>
        <translation>Prédiction : lr = 5</translation>
    </message>
    <message>
        <source>The learning rate is now 5, about 330 times larger (set for you). Press Run.</source>
        <translation>Le taux d&apos;apprentissage vaut maintenant 5, environ 330 fois plus (déjà réglé). Cliquez sur Lancer.</translation>
    </message>
    <message>
        <source>With lr = 5, after 20 epochs the loss will be…</source>
        <translation>Avec lr = 5, après 20 époques, la perte sera…</translation>
    </message>
    <message>
        <source>far below lr 0.015&apos;s</source>
        <translation>bien plus basse qu&apos;avec lr 0,015</translation>
    </message>
    <message>
        <source>about the same as lr 0.015&apos;s</source>
        <translation>à peu près la même qu&apos;avec lr 0,015</translation>
    </message>
    <message>
        <source>no lower than log 2 ≈ 0.69, jumping up and down</source>
        <translation>pas plus basse que log 2 ≈ 0,69, en faisant des bonds</translation>
    </message>
    <message>
        <source>Each step overshoots the valley: the loss rises in many epochs and ends above 0.69.</source>
        <translation>Chaque pas dépasse la vallée : la perte monte pendant de nombreuses époques et finit au-dessus de 0,69.</translation>
    </message>
    <message>
        <source>Find a good step</source>
        <translation>Trouvez un bon pas</translation>
    </message>
    <message>
        <source>The run starts afresh here (it is reset for you). Find a learning rate that brings the loss below 0.1 in fewer than 20 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>L&apos;entraînement repart de zéro ici (il a été réinitialisé pour vous). Trouvez un taux d&apos;apprentissage qui fait passer la perte sous 0,1 en moins de 20 époques. Chaque essai repart de l&apos;époque 0 : après une modification, cliquez sur Réinitialiser, puis sur Lancer.</translation>
    </message>
    <message>
        <source>Between the two: try 0.1, 0.3 and 1. Watch whether the loss curve still falls steadily.</source>
        <translation>Entre les deux : essayez 0,1, 0,3 et 1. Regardez si la courbe de perte descend encore régulièrement.</translation>
    </message>
    <message>
        <source>Make it learn</source>
        <translation>Faites-le apprendre</translation>
    </message>
    <message>
        <source>Choose an initialisation in the Network panel so that the loss falls below 0.3 within 20 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>Choisissez une initialisation dans le panneau Réseau pour que la perte passe sous 0,3 en 20 époques. Chaque essai repart de l&apos;époque 0 : après une modification, cliquez sur Réinitialiser, puis sur Lancer.</translation>
    </message>
    <message>
        <source>Any random start breaks the symmetry: choose &apos;lecture: 0.1·N(0, 1)&apos;.</source>
        <translation>N&apos;importe quel départ aléatoire brise la symétrie : choisissez « cours : 0,1·N(0, 1) ».</translation>
    </message>
    <message>
        <source>Small beats big</source>
        <translation>Le petit bat le grand</translation>
    </message>
    <message>
        <source>Beat the big network on the test points with at most 8 hidden units: a test loss below 0.65 after 150 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>Battez le grand réseau sur les points de test avec au plus 8 neurones cachés : une perte de test sous 0,65 après 150 époques. Chaque essai repart de l&apos;époque 0 : après une modification, cliquez sur Réinitialiser, puis sur Lancer.</translation>
    </message>
    <message>
        <source>Remove the second hidden layer and make the first one small (4 units).</source>
        <translation>Supprimez la deuxième couche cachée et réduisez la première (4 neurones).</translation>
    </message>
    <message>
        <source>Now lr = 0.3 (set for you). Press Run and watch the epoch loss.</source>
        <translation>Maintenant lr = 0,3 (déjà réglé). Cliquez sur Lancer et observez la perte par époque.</translation>
    </message>
    <message>
        <source>With lr 0.3, will the training loss go down at every epoch?</source>
        <translation>Avec lr 0,3, la perte d&apos;entraînement baissera-t-elle à chaque époque ?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No: it goes up in some epochs</source>
        <translation>Non : elle monte à certaines époques</translation>
    </message>
    <message>
        <source>It never goes down</source>
        <translation>Elle ne baisse jamais</translation>
    </message>
    <message>
        <source>It goes up in several epochs (2 to 8 of the 20, on ten seeds) — and still ends far lower than with lr 0.015, below 0.02 by epoch 20.</source>
        <translation>Elle monte à plusieurs époques (2 à 8 sur les 20, sur dix graines) — et finit malgré tout bien plus bas qu&apos;avec lr 0,015, sous 0,02 à l&apos;époque 20.</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>Lancez-le</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Predict first</source>
        <translation>D&apos;abord prédire</translation>
    </message>
    <message>
        <source>Lock my answer</source>
        <translation>Valider ma réponse</translation>
    </message>
    <message>
        <source>Your answer is kept; run the step to see whether it was right</source>
        <translation>Votre réponse est conservée ; lancez l&apos;étape pour voir si elle était juste</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Each goal is ticked ✓ as soon as the run meets it</source>
        <translation>Chaque objectif est coché ✓ dès que l&apos;entraînement l&apos;atteint</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Try another seed</source>
        <translation>Autre graine</translation>
    </message>
    <message>
        <source>Draw new data, new initial weights and a new batch order and start this step again: what the lesson says should hold on (almost) every seed</source>
        <translation>Tirer de nouvelles données, de nouveaux poids initiaux et un nouvel ordre des lots, puis recommencer cette étape : ce que dit la leçon devrait valoir pour (presque) toutes les graines</translation>
    </message>
    <message>
        <source>Next lesson ▶</source>
        <translation>Leçon suivante ▶</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation>Aucune leçon ouverte</translation>
    </message>
    <message>
        <source>Choose a lesson from the Lessons menu.</source>
        <translation>Choisissez une leçon dans le menu Leçons.</translation>
    </message>
    <message>
        <source>This lesson&apos;s points and weights are the lecture&apos;s own: there is no seed to change</source>
        <translation>Les points et les poids de cette leçon sont ceux du cours : il n&apos;y a pas de graine à changer</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Étape {step} sur {steps}</translation>
    </message>
    <message>
        <source>This step cannot be set up: {error}</source>
        <translation>Impossible de préparer cette étape : {error}</translation>
    </message>
    <message>
        <source>Seed {seed}</source>
        <translation>Graine {seed}</translation>
    </message>
    <message>
        <source>Locked: now Run</source>
        <translation>Validée : lancez</translation>
    </message>
    <message>
        <source>Choose one answer first.</source>
        <translation>Choisissez d&apos;abord une réponse.</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>Indice : {hint}</translation>
    </message>
    <message>
        <source>✓ Lesson complete.</source>
        <translation>✓ Leçon terminée.</translation>
    </message>
    <message>
        <source>You have finished “{title}”.</source>
        <translation>Vous avez terminé « {title} ».</translation>
    </message>
    <message>
        <source>Next in the Lessons menu:</source>
        <translation>Ensuite, dans le menu Leçons :</translation>
    </message>
    <message>
        <source>Next lesson: {title} ▶</source>
        <translation>Leçon suivante : {title} ▶</translation>
    </message>
    <message>
        <source>That was the last lesson in the Lessons menu.</source>
        <translation>C&apos;était la dernière leçon du menu Leçons.</translation>
    </message>
    <message>
        <source>The answer: {answer}.</source>
        <translation>La réponse : {answer}.</translation>
    </message>
    <message>
        <source>✓ Right:</source>
        <translation>✓ Juste :</translation>
    </message>
    <message>
        <source>✗ Not quite.</source>
        <translation>✗ Pas tout à fait.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dataset</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation>Normes du gradient</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Confusion matrix, precision and recall (classification) or R², MAE and predicted vs true (regression) of the current weights</source>
        <translation>Matrice de confusion, précision et rappel (classification) ou R², MAE et prédit vs réel (régression) des poids actuels</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>{name} — ANN Studio</source>
        <translation>{name} — ANN Studio</translation>
    </message>
    <message>
        <source>epoch {epoch} / {target}</source>
        <translation>époque {epoch} / {target}</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>époque {epoch}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>hidden until you predict it (Predict mode)</source>
        <translation>masqué jusqu&apos;à ce que vous le prédisiez (mode Prédire)</translation>
    </message>
    <message>
        <source>  (double-click to edit)</source>
        <translation>  (double-cliquez pour modifier)</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>slice j =</source>
        <translation>tranche j =</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Slice j</source>
        <translation>Tranche j</translation>
    </message>
    <message>
        <source>Matrix {caption}</source>
        <translation>Matrice {caption}</translation>
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
        <translation>Entraîn.</translation>
    </message>
    <message>
        <source>Metrics on the training points</source>
        <translation>Mesures sur les points d&apos;entraînement</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Metrics on the test points</source>
        <translation>Mesures sur les points de test</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>How many points of each true class got each prediction</source>
        <translation>Combien de points de chaque vraie classe ont reçu chaque prédiction</translation>
    </message>
    <message>
        <source>Row %</source>
        <translation>% ligne</translation>
    </message>
    <message>
        <source>Row-normalised: each row divided by its total, where the points of one true class go (the diagonal is its recall)</source>
        <translation>Normalisé par ligne : chaque ligne divisée par son total, où vont les points d&apos;une vraie classe (la diagonale est son rappel)</translation>
    </message>
    <message>
        <source>Confusion matrix: rows = true class, columns = predicted; recall at the end of each row, precision under each column</source>
        <translation>Matrice de confusion : lignes = vraie classe, colonnes = classe prédite ; rappel au bout de chaque ligne, précision sous chaque colonne</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <source>C_ij = points of true class i predicted as class j; the diagonal holds the correct predictions
recall_i = C_ii / Σ_j C_ij (of the points of class i, the share found)
precision_j = C_jj / Σ_i C_ij (of the points predicted j, the share that are j)
— : 0/0, nothing to measure</source>
        <translation>C_ij = points de la vraie classe i prédits comme classe j ; la diagonale contient les prédictions correctes
recall_i = C_ii / Σ_j C_ij (parmi les points de la classe i, la part trouvée)
precision_j = C_jj / Σ_i C_ij (parmi les points prédits j, la part qui est j)
— : 0/0, rien à mesurer</translation>
    </message>
    <message>
        <source>true value t</source>
        <translation>valeur vraie t</translation>
    </message>
    <message>
        <source>predicted ŷ</source>
        <translation>prédit ŷ</translation>
    </message>
    <message>
        <source>Predicted vs true (on the line ŷ = t: perfect)</source>
        <translation>Prédit contre vrai (sur la droite ŷ = t : parfait)</translation>
    </message>
    <message>
        <source>No test points (test fraction 0): showing nothing; pick &lt;b&gt;Train&lt;/b&gt;.</source>
        <translation>Aucun point de test (fraction de test 0) : rien à afficher ; choisissez &lt;b&gt;Entraîn.&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{n} training points</source>
        <translation>{n} points d&apos;entraînement</translation>
    </message>
    <message>
        <source>{n} test points</source>
        <translation>{n} points de test</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>{count} of the {total} points of class {true} were predicted as {predicted}</source>
        <translation>{count} des {total} points de la classe {true} ont été prédits comme {predicted}</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>ANN Studio — Hand in</source>
        <translation>ANN Studio — Rendre</translation>
    </message>
    <message>
        <source>Your name, as your teacher will see it:</source>
        <translation>Votre nom, tel que votre enseignant le verra :</translation>
    </message>
    <message>
        <source>Student&apos;s name</source>
        <translation>Nom de l&apos;étudiant</translation>
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
        <translation>sigmoïde σ</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>binary classification</source>
        <translation>classification binaire</translation>
    </message>
    <message>
        <source>σ (sigmoid)</source>
        <translation>σ (sigmoïde)</translation>
    </message>
    <message>
        <source>cross entropy</source>
        <translation>entropie croisée</translation>
    </message>
    <message>
        <source>multi-class classification</source>
        <translation>classification multiclasse</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>erreur quadratique moyenne</translation>
    </message>
    <message>
        <source>lecture: 0.1·N(0, 1)</source>
        <translation>cours : 0.1·N(0, 1)</translation>
    </message>
    <message>
        <source>Xavier (Glorot) uniform</source>
        <translation>Xavier (Glorot) uniforme</translation>
    </message>
    <message>
        <source>He (Kaiming) normal</source>
        <translation>He (Kaiming) normale</translation>
    </message>
    <message>
        <source>zeros (every weight 0)</source>
        <translation>zéros (chaque poids à 0)</translation>
    </message>
    <message>
        <source>Hidden layers (input → output)</source>
        <translation>Couches cachées (entrée → sortie)</translation>
    </message>
    <message>
        <source>+ Add layer</source>
        <translation>+ Ajouter une couche</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output</source>
        <translation>Ajouter une couche cachée avant la sortie</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>The dataset&apos;s task sets the output layer and the loss; change the dataset to change the task.</source>
        <translation>La tâche du jeu de données fixe la couche de sortie et la perte ; changez de jeu de données pour changer de tâche.</translation>
    </message>
    <message>
        <source>How W starts (biases start at 0)</source>
        <translation>Comment W démarre (les biais démarrent à 0)</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>units</source>
        <translation>neurones</translation>
    </message>
    <message>
        <source>activation φ</source>
        <translation>activation φ</translation>
    </message>
    <message>
        <source>layer {k}</source>
        <translation>couche {k}</translation>
    </message>
    <message>
        <source>Lecture numbering counts from the output (layer 1 = output layer); View ▸ PyTorch layer order counts from the input</source>
        <translation>La numérotation du cours part de la sortie (couche 1 = couche de sortie) ; Affichage ▸ Ordre des couches PyTorch part de l&apos;entrée</translation>
    </message>
    <message>
        <source>units of hidden layer {n}</source>
        <translation>neurones de la couche cachée {n}</translation>
    </message>
    <message>
        <source>Activation of hidden layer {n}</source>
        <translation>Activation de la couche cachée {n}</translation>
    </message>
    <message>
        <source>Move this layer towards the input</source>
        <translation>Déplacer cette couche vers l&apos;entrée</translation>
    </message>
    <message>
        <source>Move this layer towards the output</source>
        <translation>Déplacer cette couche vers la sortie</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>Supprimer cette couche</translation>
    </message>
    <message>
        <source>no hidden layer: a linear model (logistic / softmax regression)</source>
        <translation>aucune couche cachée : un modèle linéaire (régression logistique / softmax)</translation>
    </message>
    <message>
        <source>at most {n} hidden layers here</source>
        <translation>ici, au plus {n} couches cachées</translation>
    </message>
    <message>
        <source>Input: {n} feature</source>
        <translation>Entrée : {n} caractéristique</translation>
    </message>
    <message>
        <source>Input: {n} features</source>
        <translation>Entrée : {n} caractéristiques</translation>
    </message>
    <message>
        <source>{n} unit</source>
        <translation>{n} neurone</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} neurones</translation>
    </message>
    <message>
        <source>{units}, {activation} · loss: {loss}
(the dataset&apos;s task: {task})</source>
        <translation>{units}, {activation} · perte : {loss}
(la tâche du jeu de données : {task})</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Network panel</source>
        <translation>Panneau Réseau</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <source>Numbering: the lecture&apos;s worked ¬XOR example and its backprop derivation give u and z an index one higher than its code: uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ with output z₁ (it writes u₃,₀ = x₀ − x₁). ANN Studio follows the lecture&apos;s code: uᵢ = zᵢWᵢ + bᵢ with output z₀, so the example&apos;s u₃ is u₂ here and its z₁ is z₀. The weights W₂, b₂, W₁, b₁ have the same names in both.</source>
        <translation>Numérotation : l&apos;exemple ¬XOR détaillé du cours et sa dérivation de la rétropropagation donnent à u et z un indice supérieur d&apos;une unité à celui de son code : uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ avec la sortie z₁ (il écrit u₃,₀ = x₀ − x₁). ANN Studio suit le code du cours : uᵢ = zᵢWᵢ + bᵢ avec la sortie z₀ ; le u₃ de l&apos;exemple est donc ici u₂ et son z₁ est z₀. Les poids W₂, b₂, W₁, b₁ portent le même nom dans les deux.</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>{name} is empty; enter a number</source>
        <translation>{name} est vide ; saisissez un nombre</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {text}</source>
        <translation>{name} doit être un nombre entier, reçu {text}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {text}</source>
        <translation>{name} doit être un nombre, reçu {text}</translation>
    </message>
</context>
<context>
    <name>PointsModel</name>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <source>label y</source>
        <translation>étiquette y</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <source>Click a row to inspect that point, or click a point in the data view (Inspect mode), or type one below.</source>
        <translation>Cliquez sur une ligne pour inspecter ce point, ou sur un point de la vue des données (mode Inspecter), ou tapez-en un ci-dessous.</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>Points de données</translation>
    </message>
    <message>
        <source>e.g. 0.5, −1</source>
        <translation>p. ex. 0.5, −1</translation>
    </message>
    <message>
        <source>Coordinates x</source>
        <translation>Coordonnées x</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>p. ex. 1</translation>
    </message>
    <message>
        <source>Label y</source>
        <translation>Étiquette y</translation>
    </message>
    <message>
        <source>coordinates x =</source>
        <translation>coordonnées x =</translation>
    </message>
    <message>
        <source>label y =</source>
        <translation>étiquette y =</translation>
    </message>
    <message>
        <source>Inspect this point</source>
        <translation>Inspecter ce point</translation>
    </message>
    <message>
        <source>training point</source>
        <translation>point d&apos;entraînement</translation>
    </message>
    <message>
        <source>test point</source>
        <translation>point de test</translation>
    </message>
    <message>
        <source>typed point</source>
        <translation>point saisi</translation>
    </message>
    <message>
        <source>&lt;b&gt;{point}&lt;/b&gt;: x = ({x}), label y = {y} &amp;nbsp;→&amp;nbsp; output and loss hidden: predict them step by step</source>
        <translation>&lt;b&gt;{point}&lt;/b&gt; : x = ({x}), étiquette y = {y} &amp;nbsp;→&amp;nbsp; sortie et perte masquées : prédisez-les pas à pas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{point}&lt;/b&gt;: x = ({x}), label y = {y} &amp;nbsp;→&amp;nbsp; output {z0} = ({out}), loss L = {loss}</source>
        <translation>&lt;b&gt;{point}&lt;/b&gt; : x = ({x}), étiquette y = {y} &amp;nbsp;→&amp;nbsp; sortie {z0} = ({out}), perte L = {loss}</translation>
    </message>
    <message>
        <source>type the point&apos;s label y, e.g. 1</source>
        <translation>tapez l&apos;étiquette y du point, p. ex. 1</translation>
    </message>
    <message>
        <source>the typed point</source>
        <translation>le point saisi</translation>
    </message>
</context>
<context>
    <name>PredictMode</name>
    <message>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>zéro</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <source>Predict the next value</source>
        <translation>Prédisez la valeur suivante</translation>
    </message>
    <message>
        <source>your prediction, e.g. 0.62 or −1.5, then Enter</source>
        <translation>votre prédiction, p. ex. 0.62 ou −1.5, puis Entrée</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>Votre prédiction</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>predict that the value is {sign}</source>
        <translation>prédire que la valeur est {sign}</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Montrer</translation>
    </message>
    <message>
        <source>Skip this one: show the value (not scored)</source>
        <translation>Passer celle-ci : montrer la valeur (non notée)</translation>
    </message>
    <message>
        <source>Predict: on</source>
        <translation>Prédire : activé</translation>
    </message>
    <message>
        <source>score: {correct} / {total} correct</source>
        <translation>score : {correct} / {total} justes</translation>
    </message>
    <message>
        <source>Every value on this page is checked. Next ▶ for the next step.</source>
        <translation>Toutes les valeurs de cette page sont vérifiées. Suivant ▶ pour l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>Every value on this page is checked. That was the last step.</source>
        <translation>Toutes les valeurs de cette page sont vérifiées. C&apos;était la dernière étape.</translation>
    </message>
    <message>
        <source>Is it negative, zero or positive?</source>
        <translation>Est-elle négative, nulle ou positive ?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predict {value}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prédisez {value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>shown: {name} = {value} (not scored)</source>
        <translation>montré : {name} = {value} (non noté)</translation>
    </message>
</context>
<context>
    <name>RaceView</name>
    <message>
        <source>racer</source>
        <translation>concurrent</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>perte entraîn.</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>perte test</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>exactitude test</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>&lt;b&gt;Racers&lt;/b&gt; (optimizer name=value …) — all start from the same weights and see the same batches</source>
        <translation>&lt;b&gt;Concurrents&lt;/b&gt; (optimiseur nom=valeur …) — tous partent des mêmes poids et voient les mêmes lots</translation>
    </message>
    <message>
        <source>Racers</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <source>One optimizer setting per line; select one and press Remove to drop it</source>
        <translation>Un réglage d&apos;optimiseur par ligne ; sélectionnez-en un et appuyez sur « Retirer » pour le supprimer</translation>
    </message>
    <message>
        <source>New racer: optimizer name=value</source>
        <translation>Nouveau concurrent : optimiseur nom=valeur</translation>
    </message>
    <message>
        <source>e.g. adam lr=0.01 or sgd lr=0.05 momentum=0.9</source>
        <translation>p. ex. adam lr=0.01 ou sgd lr=0.05 momentum=0.9</translation>
    </message>
    <message>
        <source>Add racer</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>▶ Start race</source>
        <translation>▶ Lancer la course</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Arrêter</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Exactitude de test</translation>
    </message>
    <message>
        <source>No test points: set a test fraction on the Dataset tab to see the racers&apos; test accuracy.</source>
        <translation>Aucun point de test : réglez une fraction de test dans l&apos;onglet Jeu de données pour voir l&apos;exactitude de test des concurrents.</translation>
    </message>
    <message>
        <source>Race results</source>
        <translation>Résultats de la course</translation>
    </message>
    <message>
        <source>{name}: {n} training points, network {sizes}, batch {batch}</source>
        <translation>{name} : {n} points d&apos;entraînement, réseau {sizes}, lot {batch}</translation>
    </message>
    <message>
        <source>at most {n} racers</source>
        <translation>au plus {n} concurrents</translation>
    </message>
    <message>
        <source>no network and data to race on</source>
        <translation>pas de réseau ni de données pour la course</translation>
    </message>
    <message>
        <source>a race needs at least two racers</source>
        <translation>une course nécessite au moins deux concurrents</translation>
    </message>
    <message>
        <source>starting the race…</source>
        <translation>démarrage de la course…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>all {n} racers start at loss {loss}</source>
        <translation>les {n} concurrents partent d&apos;une perte de {loss}</translation>
    </message>
    <message>
        <source>epoch {epoch} of {epochs}</source>
        <translation>époque {epoch} sur {epochs}</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergé</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} pas</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>finished: {winner} has the lowest training loss</source>
        <translation>terminée : {winner} a la plus faible perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>the race stopped: {reason}</source>
        <translation>la course s&apos;est arrêtée : {reason}</translation>
    </message>
</context>
<context>
    <name>ReceiveWindow</name>
    <message>
        <source>Receiving hand-ins — {title} — ANN Studio</source>
        <translation>Réception des rendus — {title} — ANN Studio</translation>
    </message>
    <message>
        <source>Receive hand-ins</source>
        <translation>Recevoir les rendus</translation>
    </message>
    <message>
        <source>Hand in “{title}” to this computer</source>
        <translation>Rendre « {title} » à cet ordinateur</translation>
    </message>
    <message>
        <source>In ANN Studio: File ▸ Hand in…, choose “The teacher&apos;s computer” and type the address and the class code.</source>
        <translation>Dans ANN Studio : Fichier ▸ Rendre…, choisissez « L&apos;ordinateur de l&apos;enseignant » et saisissez l&apos;adresse et le code de la classe.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The address the students type</source>
        <translation>L&apos;adresse que les élèves saisissent</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Code de la classe</translation>
    </message>
    <message>
        <source>The class code the students type</source>
        <translation>Le code de la classe que les élèves saisissent</translation>
    </message>
    <message>
        <source>Hand-ins received and refused</source>
        <translation>Rendus reçus et refusés</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>Receive on:</source>
        <translation>Recevoir sur :</translation>
    </message>
    <message>
        <source>{address} (this computer only)</source>
        <translation>{address} (cet ordinateur seulement)</translation>
    </message>
    <message>
        <source>Network address to receive on</source>
        <translation>Adresse réseau de réception</translation>
    </message>
    <message>
        <source>The network the students&apos; computers are on; 127.0.0.1 is this computer only</source>
        <translation>Le réseau des ordinateurs des élèves ; 127.0.0.1 est cet ordinateur seulement</translation>
    </message>
    <message>
        <source>Class table</source>
        <translation>Tableau de la classe</translation>
    </message>
    <message>
        <source>Show the class table</source>
        <translation>Afficher le tableau de la classe</translation>
    </message>
    <message>
        <source>Show the class table of the hand-ins received</source>
        <translation>Afficher le tableau de la classe des rendus reçus</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop receiving hand-ins</source>
        <translation>Arrêter la réception des rendus</translation>
    </message>
    <message>
        <source>Stop the server: no more hand-ins are received (those received stay in the folder)</source>
        <translation>Arrêter le serveur : plus aucun rendu n&apos;est reçu (ceux reçus restent dans le dossier)</translation>
    </message>
    <message>
        <source>{received} received · {refused} refused</source>
        <translation>{received} reçus · {refused} refusés</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Start receiving hand-ins again</source>
        <translation>Reprendre la réception des rendus</translation>
    </message>
    <message>
        <source>Receiving into {folder}.</source>
        <translation>Réception dans {folder}.</translation>
    </message>
    <message>
        <source>Stopped: no hand-ins are received. Those received stay in the folder.</source>
        <translation>Arrêté : aucun rendu n&apos;est reçu. Ceux reçus restent dans le dossier.</translation>
    </message>
</context>
<context>
    <name>Receiver</name>
    <message>
        <source>Receive: the folder to store hand-ins in</source>
        <translation>Recevoir : le dossier où ranger les rendus</translation>
    </message>
    <message>
        <source>Receive: choose the teacher&apos;s key</source>
        <translation>Recevoir : choisissez la clé de l&apos;enseignant</translation>
    </message>
    <message>
        <source>Teacher&apos;s keys (*{ext});;All files (*)</source>
        <translation>Clés de l&apos;enseignant (*{ext});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Receive hand-ins</source>
        <translation>Recevoir les rendus</translation>
    </message>
    <message>
        <source>cannot use the folder: {reason}</source>
        <translation>impossible d&apos;utiliser le dossier : {reason}</translation>
    </message>
    <message>
        <source>Port {wanted} is in use here, so port {port} is used.</source>
        <translation>Le port {wanted} est utilisé ici, le port {port} est donc utilisé.</translation>
    </message>
    <message>
        <source>from {who}</source>
        <translation>de {who}</translation>
    </message>
</context>
<context>
    <name>RunTimeline</name>
    <message>
        <source>the timeline records NumPy-engine runs</source>
        <translation>la chronologie enregistre les entraînements du moteur NumPy</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>branched at step {step} · Run ▶ trains on</source>
        <translation>branché au pas {step} · Lancer ▶ poursuit l&apos;entraînement</translation>
    </message>
    <message>
        <source>live · step {step}</source>
        <translation>en direct · pas {step}</translation>
    </message>
    <message>
        <source>step {step} · epoch {epoch}</source>
        <translation>pas {step} · époque {epoch}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Reading the CSV file…</source>
        <translation>Lecture du fichier CSV…</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Derived features</source>
        <translation>Caractéristiques dérivées</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>the last training point cannot be removed</source>
        <translation>le dernier point d&apos;entraînement ne peut pas être retiré</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Pause ❚❚</source>
        <translation>Pause ❚❚</translation>
    </message>
    <message>
        <source>Pause training  [Space]</source>
        <translation>Mettre l&apos;entraînement en pause  [Espace]</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>Lancer ▶</translation>
    </message>
    <message>
        <source>Train until you press Pause  [Space]</source>
        <translation>Entraîner jusqu&apos;à ce que vous appuyiez sur Pause  [Espace]</translation>
    </message>
    <message>
        <source>Train for {n} epochs  [Space]</source>
        <translation>Entraîner pendant {n} époques  [Espace]</translation>
    </message>
    <message>
        <source>Run ▶ (+{n} epochs)</source>
        <translation>Lancer ▶ (+{n} époques)</translation>
    </message>
    <message>
        <source>Continue for {n} more epochs (to epoch {target})  [Space]</source>
        <translation>Continuer {n} époques de plus (jusqu&apos;à l&apos;époque {target})  [Espace]</translation>
    </message>
    <message>
        <source>Continue to epoch {target} ({more} more)  [Space]</source>
        <translation>Continuer jusqu&apos;à l&apos;époque {target} ({more} de plus)  [Espace]</translation>
    </message>
</context>
<context>
    <name>SgdStepTab</name>
    <message>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>The experiment&apos;s learning rate (Training panel); change it here to try another step on this point only.</source>
        <translation>Le taux d&apos;apprentissage de l&apos;expérience (panneau Entraînement) ; changez-le ici pour essayer un autre pas sur ce point seulement.</translation>
    </message>
    <message>
        <source>learning rate lr</source>
        <translation>taux d&apos;apprentissage lr</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimiseur</translation>
    </message>
    <message>
        <source>Gradient of</source>
        <translation>Gradient de</translation>
    </message>
    <message>
        <source>this point (the gradients on the Step through tab)</source>
        <translation>ce point (les gradients de l&apos;onglet Pas à pas)</translation>
    </message>
    <message>
        <source>the mini-batch (its average gradient)</source>
        <translation>le mini-lot (son gradient moyen)</translation>
    </message>
    <message>
        <source>gradient of</source>
        <translation>gradient de</translation>
    </message>
    <message>
        <source>Apply one step</source>
        <translation>Appliquer un pas</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>change</source>
        <translation>variation</translation>
    </message>
    <message>
        <source>The step goes on the undo stack: Ctrl+Z takes it back.</source>
        <translation>Le pas va dans la pile d&apos;annulation : Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>Optimizer step</source>
        <translation>Pas de l&apos;optimiseur</translation>
    </message>
    <message>
        <source>{optimizer} (the experiment&apos;s): {formula}</source>
        <translation>{optimizer} (celui de l&apos;expérience) : {formula}</translation>
    </message>
    <message>
        <source>.  Applied here from a fresh state (no momentum or running averages yet), so it is that optimizer&apos;s first step.</source>
        <translation>.  Appliqué ici depuis un état neuf (pas encore de moment ni de moyennes glissantes) : c&apos;est donc le premier pas de cet optimiseur.</translation>
    </message>
    <message>
        <source>W ← W − lr·∂L/∂W and b ← b − lr·∂L/∂b for every layer ({layers}), with the gradient of this point&apos;s loss (the classic worked example) or of the mini-batch.</source>
        <translation>W ← W − lr·∂L/∂W et b ← b − lr·∂L/∂b pour chaque couche ({layers}), avec le gradient de la perte de ce point (l&apos;exemple classique) ou du mini-lot.</translation>
    </message>
    <message>
        <source>(the worked example is hidden in Predict mode)</source>
        <translation>(l&apos;exemple détaillé est masqué en mode Prédire)</translation>
    </message>
    <message>
        <source>With lr = {lr}, for example: {step}</source>
        <translation>Avec lr = {lr}, par exemple : {step}</translation>
    </message>
    <message>
        <source>With lr = {lr}, for example: {entry} = {before} → {after} ({optimizer}&apos;s first step; {grad} = {value})</source>
        <translation>Avec lr = {lr}, par exemple : {entry} = {before} → {after} (premier pas de {optimizer} ; {grad} = {value})</translation>
    </message>
    <message>
        <source>no mini-batch: load a dataset first</source>
        <translation>pas de mini-lot : chargez d&apos;abord un jeu de données</translation>
    </message>
    <message>
        <source>{optimizer} step, lr = {lr}</source>
        <translation>pas de {optimizer}, lr = {lr}</translation>
    </message>
    <message>
        <source>this point&apos;s loss</source>
        <translation>perte de ce point</translation>
    </message>
    <message>
        <source>mini-batch loss (mean)</source>
        <translation>perte du mini-lot (moyenne)</translation>
    </message>
    <message>
        <source>training set loss (mean)</source>
        <translation>perte de l&apos;ensemble d&apos;entraînement (moyenne)</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>&lt;b&gt;What you see.&lt;/b&gt; In the middle, the data (a colour per class) over the network&apos;s decision boundary, and the network under it; on the right, the loss and accuracy of each epoch and every layer&apos;s neurons. The tabs on the left (Dataset, Network, Training) change the run.</source>
        <translation>&lt;b&gt;Ce que vous voyez.&lt;/b&gt; Au milieu, les données (une couleur par classe) sur la frontière de décision du réseau, et le réseau en dessous ; à droite, la perte et l&apos;exactitude de chaque époque et les neurones de chaque couche. Les onglets de gauche (Jeu de données, Réseau, Entraînement) modifient l&apos;exécution.</translation>
    </message>
    <message>
        <source>Train the network and watch the boundary (the coloured regions) bend to the data.</source>
        <translation>Entraînez le réseau et regardez la frontière (les régions colorées) se plier aux données.</translation>
    </message>
    <message>
        <source>A guided lesson: predict what happens, then run and see.</source>
        <translation>Une leçon guidée : prédisez ce qui va se passer, puis lancez et regardez.</translation>
    </message>
    <message>
        <source>One point&apos;s forward pass and backpropagation, with the real numbers. Then click any point.</source>
        <translation>La passe avant et la rétropropagation d&apos;un point, avec les vrais nombres. Cliquez ensuite sur n&apos;importe quel point.</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Commencer ici</translation>
    </message>
    <message>
        <source>start panel</source>
        <translation>panneau de départ</translation>
    </message>
    <message>
        <source>Try the first lesson</source>
        <translation>Première leçon</translation>
    </message>
    <message>
        <source>No lessons are installed</source>
        <translation>Aucune leçon n&apos;est installée</translation>
    </message>
    <message>
        <source>Inspect a point</source>
        <translation>Inspecter un point</translation>
    </message>
    <message>
        <source>The step-through inspector on the first training point</source>
        <translation>L&apos;inspecteur pas à pas sur le premier point d&apos;entraînement</translation>
    </message>
    <message>
        <source>start panel: run</source>
        <translation>panneau de départ : lancer</translation>
    </message>
    <message>
        <source>start panel: lesson</source>
        <translation>panneau de départ : leçon</translation>
    </message>
    <message>
        <source>start panel: inspect</source>
        <translation>panneau de départ : inspecter</translation>
    </message>
    <message>
        <source>{text} The first: “{lesson}”.</source>
        <translation>{text} La première : « {lesson} ».</translation>
    </message>
    <message>
        <source>Don&apos;t show this at start</source>
        <translation>Ne plus afficher au démarrage</translation>
    </message>
    <message>
        <source>Help ▸ Where to start opens it again.</source>
        <translation>Aide ▸ Par où commencer le rouvre.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>close the start panel</source>
        <translation>fermer le panneau de départ</translation>
    </message>
    <message>
        <source>There are no training points to inspect</source>
        <translation>Il n&apos;y a aucun point d&apos;entraînement à inspecter</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>training…</source>
        <translation>entraînement…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>epoch {epoch} · step {step}</source>
        <translation>époque {epoch} · pas {step}</translation>
    </message>
    <message>
        <source>{speed} steps/s</source>
        <translation>{speed} pas/s</translation>
    </message>
    <message>
        <source>loading PyTorch</source>
        <translation>chargement de PyTorch</translation>
    </message>
    <message>
        <source>switching to {engine}</source>
        <translation>passage à {engine}</translation>
    </message>
    <message>
        <source>{what}… {seconds} s</source>
        <translation>{what}… {seconds} s</translation>
    </message>
    <message>
        <source> — slower than NumPy for this small net</source>
        <translation> — plus lent que NumPy pour ce petit réseau</translation>
    </message>
    <message>
        <source> (compiled)</source>
        <translation> (compilé)</translation>
    </message>
    <message>
        <source>{engine} on {device}</source>
        <translation>{engine} sur {device}</translation>
    </message>
    <message>
        <source> · preparing the fast path…</source>
        <translation> · préparation du chemin rapide…</translation>
    </message>
    <message>
        <source>Engine path: {note}</source>
        <translation>Chemin du moteur : {note}</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>◀◀ Start</source>
        <translation>◀◀ Début</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Run to end ▶▶</source>
        <translation>Jusqu&apos;à la fin ▶▶</translation>
    </message>
    <message>
        <source>Run to end</source>
        <translation>Jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source>Step-through page</source>
        <translation>Page du pas à pas</translation>
    </message>
    <message>
        <source>step {n} of {count}</source>
        <translation>étape {n} sur {count}</translation>
    </message>
    <message>
        <source>x: the input point</source>
        <translation>x : le point d&apos;entrée</translation>
    </message>
    <message>
        <source>(from an earlier step) {description}</source>
        <translation>(d&apos;une étape précédente) {description}</translation>
    </message>
    <message>
        <source>in {n}</source>
        <translation>ent. {n}</translation>
    </message>
    <message>
        <source>unit {n}</source>
        <translation>neurone {n}</translation>
    </message>
    <message>
        <source>finite difference for {param}</source>
        <translation>différence finie pour {param}</translation>
    </message>
    <message>
        <source>(L(θ + ε) − L(θ − ε)) / 2ε with ε = {eps}, each entry moved on its own: an independent check of the backprop value beside it.</source>
        <translation>(L(θ + ε) − L(θ − ε)) / 2ε avec ε = {eps}, chaque entrée déplacée seule : une vérification indépendante de la valeur de rétropropagation d&apos;à côté.</translation>
    </message>
    <message>
        <source>max |backprop − finite difference| = {diff}</source>
        <translation>max |rétropropagation − différence finie| = {diff}</translation>
    </message>
    <message>
        <source>  ({done} of {size} entries: click an entry to check it)</source>
        <translation>  ({done} entrées sur {size} : cliquez sur une entrée pour la vérifier)</translation>
    </message>
    <message>
        <source>click an entry of the gradient to check it</source>
        <translation>cliquez sur une entrée du gradient pour la vérifier</translation>
    </message>
    <message>
        <source>{where} = 0 sit at ReLU&apos;s kink: backprop uses h(0) = 0 (as PyTorch does) while the central difference averages the two one-sided slopes, so the two may differ there.</source>
        <translation>{where} = 0 sont sur le coude de ReLU : la rétropropagation utilise h(0) = 0 (comme PyTorch) tandis que la différence centrée fait la moyenne des deux pentes latérales ; les deux peuvent donc y différer.</translation>
    </message>
    <message>
        <source>{where} = 0 sits at ReLU&apos;s kink: backprop uses h(0) = 0 (as PyTorch does) while the central difference averages the two one-sided slopes, so the two may differ there.</source>
        <translation>{where} = 0 est sur le coude de ReLU : la rétropropagation utilise h(0) = 0 (comme PyTorch) tandis que la différence centrée fait la moyenne des deux pentes latérales ; les deux peuvent donc y différer.</translation>
    </message>
</context>
<context>
    <name>TeacherSender</name>
    <message>
        <source>no answer came in time</source>
        <translation>aucune réponse n&apos;est arrivée à temps</translation>
    </message>
    <message>
        <source>cannot reach the teacher&apos;s computer at {address} ({why}); nothing was handed in</source>
        <translation>impossible de joindre l&apos;ordinateur de l&apos;enseignant à {address} ({why}) ; rien n&apos;a été rendu</translation>
    </message>
    <message>
        <source>the teacher&apos;s computer refused the hand-in: {why}</source>
        <translation>l&apos;ordinateur de l&apos;enseignant a refusé le rendu : {why}</translation>
    </message>
    <message>
        <source>handed in to the teacher&apos;s computer as {name}</source>
        <translation>rendu sur l&apos;ordinateur de l&apos;enseignant sous le nom {name}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Timeline: the run&apos;s step</source>
        <translation>Chronologie : pas de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Drag back to see the network as it was at that step (training pauses); release at the right end for the live run. Keys: ← → one step, PgUp/PgDn one epoch, End: live</source>
        <translation>Faites glisser vers l&apos;arrière pour voir le réseau tel qu&apos;il était à ce pas (l&apos;entraînement se met en pause) ; relâchez à l&apos;extrémité droite pour l&apos;entraînement en direct. Touches : ← → un pas, Pg.préc/Pg.suiv une époque, Fin : en direct</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>Brancher ici</translation>
    </message>
    <message>
        <source>Train on from this step — the same weights, optimizer state and batch position — with the settings now in the panels; the run so far stays on the curves, faded</source>
        <translation>Poursuivre l&apos;entraînement depuis ce pas — mêmes poids, même état de l&apos;optimiseur et même position dans les lots — avec les réglages actuels des panneaux ; l&apos;entraînement jusqu&apos;ici reste sur les courbes, estompé</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Recorded checkpoint</source>
        <translation>Point de contrôle enregistré</translation>
    </message>
    <message>
        <source>Scrub back through the run&apos;s recorded checkpoints (arrow keys, Page Up/Down, Home, End)</source>
        <translation>Parcourir les points de contrôle enregistrés (flèches, Pg.préc/Pg.suiv, Début, Fin)</translation>
    </message>
    <message>
        <source>the network at this step</source>
        <translation>le réseau à ce pas</translation>
    </message>
    <message>
        <source>Loss of every mini-batch (block means)</source>
        <translation>Perte de chaque mini-lot (moyennes par blocs)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>recorded run</source>
        <translation>entraînement enregistré</translation>
    </message>
    <message>
        <source>Branch with</source>
        <translation>Brancher avec</translation>
    </message>
    <message>
        <source>Branch with settings</source>
        <translation>Brancher avec les réglages</translation>
    </message>
    <message>
        <source>optimizer and settings, e.g. adam lr=0.01</source>
        <translation>optimiseur et réglages, p. ex. adam lr=0.01</translation>
    </message>
    <message>
        <source>The same optimizer keeps its state (only the settings change); another optimizer starts fresh from these weights</source>
        <translation>Le même optimiseur garde son état (seuls les réglages changent) ; un autre optimiseur repart de zéro depuis ces poids</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pendant</translation>
    </message>
    <message>
        <source>Branch for epochs</source>
        <translation>Époques de la branche</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> époques</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>Brancher ici</translation>
    </message>
    <message>
        <source>Animation for slides:</source>
        <translation>Animation pour diapositives :</translation>
    </message>
    <message>
        <source>Animation frames per second</source>
        <translation>Images par seconde de l&apos;animation</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> images/s</translation>
    </message>
    <message>
        <source>Frame rate of the animation: each frame is one recorded checkpoint</source>
        <translation>Cadence de l&apos;animation : chaque image est un point de contrôle enregistré</translation>
    </message>
    <message>
        <source>Animation format</source>
        <translation>Format de l&apos;animation</translation>
    </message>
    <message>
        <source>GIF only: an MP4 encoder would add an ffmpeg binary of tens of MB to ANN Studio</source>
        <translation>GIF uniquement : un encodeur MP4 ajouterait à ANN Studio un binaire ffmpeg de plusieurs dizaines de Mo</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>Exporter l&apos;animation…</translation>
    </message>
    <message>
        <source>Save the run as an animated GIF: per checkpoint (at most {n}, spread evenly) the boundary and the loss curve up to that step</source>
        <translation>Enregistrer l&apos;entraînement en GIF animé : pour chaque point de contrôle (au plus {n}, répartis régulièrement) la frontière et la courbe de perte jusqu&apos;à ce pas</translation>
    </message>
    <message>
        <source>timeline: {n} checkpoints, one every {k} steps, {size} of {budget} (older checkpoints are thinned out to stay within it)</source>
        <translation>chronologie : {n} points de contrôle, un tous les {k} pas, {size} sur {budget} (les plus anciens sont éclaircis pour rester dans cette limite)</translation>
    </message>
    <message>
        <source>timeline: {n} checkpoints, one every step, {size} of {budget} (older checkpoints are thinned out to stay within it)</source>
        <translation>chronologie : {n} points de contrôle, un à chaque pas, {size} sur {budget} (les plus anciens sont éclaircis pour rester dans cette limite)</translation>
    </message>
    <message>
        <source>; its batch loss {loss}</source>
        <translation> ; sa perte de lot {loss}</translation>
    </message>
    <message>
        <source>step {step} of {steps} ({place}){loss}</source>
        <translation>pas {step} sur {steps} ({place}){loss}</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Exporter l&apos;animation</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animé (*.gif)</translation>
    </message>
    <message>
        <source>export canceled</source>
        <translation>exportation annulée</translation>
    </message>
    <message>
        <source>rendering {n} frames…</source>
        <translation>rendu de {n} images…</translation>
    </message>
    <message>
        <source>saved {name}: {n} frames at {fps} frames/s ({size})</source>
        <translation>{name} enregistré : {n} images à {fps} images/s ({size})</translation>
    </message>
    <message>
        <source>{settings} from step {step}</source>
        <translation>{settings} depuis le pas {step}</translation>
    </message>
    <message>
        <source>training the branch “{label}”…</source>
        <translation>entraînement de la branche « {label} »…</translation>
    </message>
    <message>
        <source>the branch stopped: {reason}</source>
        <translation>la branche s&apos;est arrêtée : {reason}</translation>
    </message>
    <message>
        <source>branch “{label}”: {n} steps, mean loss of its last 10 batches {loss}{note}</source>
        <translation>branche « {label} » : {n} pas, perte moyenne de ses 10 derniers lots {loss}{note}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>SGD (+ momentum)</source>
        <translation>SGD (+ momentum)</translation>
    </message>
    <message>
        <source>Momentum (lecture form)</source>
        <translation>Momentum (forme du cours)</translation>
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
        <translation>RMSProp (forme du cours)</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Lecture: W ← W − η ∇Q(W) (lr = η); torch&apos;s momentum μ keeps a velocity v.</source>
        <translation>Cours : W ← W − η ∇Q(W) (lr = η) ; le momentum μ de torch garde une vitesse v.</translation>
    </message>
    <message>
        <source>Lecture: ΔW_t = (1−η)ΔW_{t−1} + η∇Q(W_t), W_{t+1} = W_t − αΔW_t, ΔW_0 = 0 (lr = α, eta = η); lecture run: α = 0.04, η = 0.7.</source>
        <translation>Cours : ΔW_t = (1−η)ΔW_{t−1} + η∇Q(W_t), W_{t+1} = W_t − αΔW_t, ΔW_0 = 0 (lr = α, eta = η) ; exécution du cours : α = 0,04, η = 0,7.</translation>
    </message>
    <message>
        <source>Lecture: each gradient component is divided by the square root of the running sum of its squares, step rate η; its formula writes + (a typo). Its code puts ε inside the root, √(G + ε); torch and this app add it outside, √G + ε.</source>
        <translation>Cours : chaque composante du gradient est divisée par la racine carrée de la somme cumulée de ses carrés, pas η ; sa formule écrit + (une coquille). Son code met ε sous la racine, √(G + ε) ; torch et cette application l&apos;ajoutent à l&apos;extérieur, √G + ε.</translation>
    </message>
    <message>
        <source>torch&apos;s RMSprop keeps v per component; its alpha is the lecture&apos;s γ (not the α of the lecture&apos;s momentum). The lecture&apos;s form keeps one v per matrix (choose &apos;RMSProp (lecture form)&apos;).</source>
        <translation>Le RMSprop de torch garde v par composante ; son alpha est le γ du cours (pas l&apos;α du momentum du cours). La forme du cours garde un v par matrice (choisissez « RMSProp (forme du cours) »).</translation>
    </message>
    <message>
        <source>Lecture&apos;s code: v = γv + (1−γ)‖∇‖², W ← W − η∇/√v (one v per matrix); it starts v at 1 and has no ε (this app starts v at 0 and adds ε). Its formula divides by v, its code by √v (the app follows the code).</source>
        <translation>Code du cours : v = γv + (1−γ)‖∇‖², W ← W − η∇/√v (un v par matrice) ; il démarre v à 1 et n&apos;a pas d&apos;ε (cette application démarre v à 0 et ajoute ε). Sa formule divise par v, son code par √v (l&apos;application suit le code).</translation>
    </message>
    <message>
        <source>Not the lecture&apos;s training loop (that is SGD): Adam appears among its other optimizers, as torch.optim.Adam (lr 1e-3).</source>
        <translation>Pas la boucle d&apos;entraînement du cours (c&apos;est SGD) : Adam figure parmi ses autres optimiseurs, sous la forme torch.optim.Adam (lr 1e-3).</translation>
    </message>
    <message>
        <source>learning rate: the step size (η in the lecture, α in its momentum form)</source>
        <translation>taux d&apos;apprentissage : la taille du pas (η dans le cours, α dans sa forme avec momentum)</translation>
    </message>
    <message>
        <source>momentum μ: v ← μv + (1−dampening)∇ (0 = plain SGD)</source>
        <translation>momentum μ : v ← μv + (1−dampening)∇ (0 = SGD simple)</translation>
    </message>
    <message>
        <source>dampening: how much of the new gradient enters the velocity</source>
        <translation>amortissement : la part du nouveau gradient qui entre dans la vitesse</translation>
    </message>
    <message>
        <source>weight decay λ: adds λW to the gradient (L2 penalty)</source>
        <translation>décroissance des poids λ : ajoute λW au gradient (pénalité L2)</translation>
    </message>
    <message>
        <source>Nesterov momentum: step with ∇ + μv</source>
        <translation>momentum de Nesterov : pas avec ∇ + μv</translation>
    </message>
    <message>
        <source>η: weight of the new gradient in ΔW_t = (1−η)ΔW_{t−1} + η∇</source>
        <translation>η : poids du nouveau gradient dans ΔW_t = (1−η)ΔW_{t−1} + η∇</translation>
    </message>
    <message>
        <source>lr decay: lr_t = lr / (1 + (t−1)·decay)</source>
        <translation>décroissance de lr : lr_t = lr / (1 + (t−1)·decay)</translation>
    </message>
    <message>
        <source>the starting value of the sum of squared gradients G</source>
        <translation>la valeur initiale de la somme des carrés des gradients G</translation>
    </message>
    <message>
        <source>ε: keeps the division finite</source>
        <translation>ε : garde la division finie</translation>
    </message>
    <message>
        <source>α: decay of the running average v of squared gradients (the lecture&apos;s γ)</source>
        <translation>α : décroissance de la moyenne glissante v des carrés des gradients (le γ du cours)</translation>
    </message>
    <message>
        <source>centred: divide by the square root of the variance estimate instead of the root mean square</source>
        <translation>centré : diviser par la racine carrée de l&apos;estimation de la variance au lieu de la moyenne quadratique</translation>
    </message>
    <message>
        <source>γ: decay of the running average v = γv + (1−γ)‖∇‖²</source>
        <translation>γ : décroissance de la moyenne glissante v = γv + (1−γ)‖∇‖²</translation>
    </message>
    <message>
        <source>β₁, β₂: decays of the running means of ∇ and ∇²</source>
        <translation>β₁, β₂ : décroissances des moyennes glissantes de ∇ et ∇²</translation>
    </message>
    <message>
        <source>AMSGrad: use the maximum of v seen so far</source>
        <translation>AMSGrad : utiliser le maximum de v observé jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>Momentum μ</translation>
    </message>
    <message>
        <source>Dampening</source>
        <translation>Amortissement</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Décroissance des poids</translation>
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
        <translation>Décroissance de lr</translation>
    </message>
    <message>
        <source>Initial G</source>
        <translation>G initial</translation>
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
        <translation>Centré</translation>
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
        <translation>CUDA (GPU NVIDIA)</translation>
    </message>
    <message>
        <source>MPS (Apple GPU)</source>
        <translation>MPS (GPU Apple)</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>Lancer ▶</translation>
    </message>
    <message>
        <source>Train until the epoch count (or until paused)  [Space]</source>
        <translation>Entraîner jusqu&apos;au nombre d&apos;époques (ou jusqu&apos;à la pause)  [Espace]</translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation>Un lot</translation>
    </message>
    <message>
        <source>Train one mini-batch  [S]</source>
        <translation>Entraîner un mini-lot  [S]</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>Une époque</translation>
    </message>
    <message>
        <source>Train to the end of this epoch</source>
        <translation>Entraîner jusqu&apos;à la fin de cette époque</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>New initial weights (same seed), history cleared  [R]</source>
        <translation>Nouveaux poids initiaux (même graine), historique effacé  [R]</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille du lot</translation>
    </message>
    <message>
        <source>Run stops after this many epochs in total ({bounds})</source>
        <translation>L&apos;exécution s&apos;arrête après ce nombre total d&apos;époques ({bounds})</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>jusqu&apos;à l&apos;arrêt</translation>
    </message>
    <message>
        <source>Run until you press Pause</source>
        <translation>Tourner jusqu&apos;à ce que vous appuyiez sur Pause</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Vitesse d&apos;entraînement</translation>
    </message>
    <message>
        <source>How fast training runs: slow enough to watch each step move the boundary, or as fast as the engine can</source>
        <translation>Vitesse de l&apos;entraînement : assez lente pour voir chaque pas déplacer la frontière, ou aussi rapide que le moteur le permet</translation>
    </message>
    <message>
        <source>one step per frame</source>
        <translation>un pas par image</translation>
    </message>
    <message>
        <source>Each step waits until the window has drawn the last one</source>
        <translation>Chaque pas attend que la fenêtre ait dessiné le précédent</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Pause ❚❚</source>
        <translation>Pause ❚❚</translation>
    </message>
    <message>
        <source>Pause training  [Space]</source>
        <translation>Mettre l&apos;entraînement en pause  [Espace]</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>choose the PyTorch engine to check this device</source>
        <translation>choisissez le moteur PyTorch pour vérifier ce périphérique</translation>
    </message>
    <message>
        <source>Train on {device}</source>
        <translation>Entraîner sur {device}</translation>
    </message>
    <message>
        <source>the NumPy engine runs on the CPU only; choose PyTorch for a GPU</source>
        <translation>le moteur NumPy ne tourne que sur le CPU ; choisissez PyTorch pour un GPU</translation>
    </message>
    <message>
        <source>Training panel</source>
        <translation>Panneau Entraînement</translation>
    </message>
</context>
<context>
    <name>ViewDriver</name>
    <message>
        <source>Neuron {j} of {layer}: z over the input plane (max |z| = {scale})</source>
        <translation>Neurone {j} de {layer} : z sur le plan d&apos;entrée (max |z| = {scale})</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start again with the lecture run</source>
        <translation>Recommencer avec l&apos;exécution du cours</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open an experiment file</source>
        <translation>Ouvrir un fichier d&apos;expérience</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the experiment</source>
        <translation>Enregistrer l&apos;expérience</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the experiment as a new file</source>
        <translation>Enregistrer l&apos;expérience dans un nouveau fichier</translation>
    </message>
    <message>
        <source>PyTorch script…</source>
        <translation>Script PyTorch…</translation>
    </message>
    <message>
        <source>Write the equivalent PyTorch script</source>
        <translation>Écrire le script PyTorch équivalent</translation>
    </message>
    <message>
        <source>Loss history CSV…</source>
        <translation>Historique de la perte en CSV…</translation>
    </message>
    <message>
        <source>Per-epoch losses and accuracy as CSV, then the current metrics (confusion matrix, …)</source>
        <translation>Pertes et exactitude par époque en CSV, puis les métriques actuelles (matrice de confusion, …)</translation>
    </message>
    <message>
        <source>Plot as PNG/SVG…</source>
        <translation>Graphique en PNG/SVG…</translation>
    </message>
    <message>
        <source>Save the loss curves as an image</source>
        <translation>Enregistrer les courbes de perte comme image</translation>
    </message>
    <message>
        <source>Window as PNG…</source>
        <translation>Fenêtre en PNG…</translation>
    </message>
    <message>
        <source>Save a picture of the whole window</source>
        <translation>Enregistrer une image de toute la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>&amp;Rendre…</translation>
    </message>
    <message>
        <source>Hand this trained run in for a challenge, to a folder your teacher collects from</source>
        <translation>Rendre cette exécution entraînée pour un défi, dans un dossier que ton enseignant relève</translation>
    </message>
    <message>
        <source>New &amp;challenge…</source>
        <translation>Nouveau &amp;défi…</translation>
    </message>
    <message>
        <source>Turn this experiment into a challenge for the class: a file for the students and a key with the held-out points for you</source>
        <translation>Transformer cette expérience en défi pour la classe : un fichier pour les élèves et une clé avec les points réservés pour vous</translation>
    </message>
    <message>
        <source>Collect from &amp;folder…</source>
        <translation>Relever depuis un &amp;dossier…</translation>
    </message>
    <message>
        <source>Score every hand-in of a folder on the key&apos;s held-out points and show the class</source>
        <translation>Noter chaque rendu d&apos;un dossier sur les points réservés de la clé et afficher la classe</translation>
    </message>
    <message>
        <source>Collect from .&amp;zip…</source>
        <translation>Relever depuis un .&amp;zip…</translation>
    </message>
    <message>
        <source>Score every hand-in of a .zip (from a learning platform) and show the class</source>
        <translation>Noter chaque rendu d&apos;un .zip (d&apos;une plateforme d&apos;apprentissage) et afficher la classe</translation>
    </message>
    <message>
        <source>&amp;Receive hand-ins on this network…</source>
        <translation>&amp;Recevoir les rendus sur ce réseau…</translation>
    </message>
    <message>
        <source>Let the students hand in from their computers to this one, over the classroom&apos;s network; the class table follows as hand-ins arrive</source>
        <translation>Les élèves rendent depuis leurs ordinateurs vers celui-ci, par le réseau de la salle ; le tableau de la classe se remplit à mesure que les rendus arrivent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close ANN Studio</source>
        <translation>Fermer ANN Studio</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>Lancer ▶</translation>
    </message>
    <message>
        <source>Run or pause training  [Space]</source>
        <translation>Lancer ou mettre en pause l&apos;entraînement  [Espace]</translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation>Un lot</translation>
    </message>
    <message>
        <source>Train one mini-batch  [S]</source>
        <translation>Entraîner un mini-lot  [S]</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>Une époque</translation>
    </message>
    <message>
        <source>Train one epoch  [Shift+S]</source>
        <translation>Entraîner une époque  [Maj+S]</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>New initial weights, history cleared  [R]</source>
        <translation>Nouveaux poids initiaux, historique effacé  [R]</translation>
    </message>
    <message>
        <source>Step-through &amp;inspector</source>
        <translation>&amp;Inspecteur pas à pas</translation>
    </message>
    <message>
        <source>Step through forward and backward pass for one point</source>
        <translation>Suivre pas à pas la passe avant et arrière pour un point</translation>
    </message>
    <message>
        <source>&amp;About ANN Studio</source>
        <translation>À &amp;propos d&apos;ANN Studio</translation>
    </message>
    <message>
        <source>&amp;Notation</source>
        <translation>&amp;Notation</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>What to do first, step by step</source>
        <translation>Que faire d&apos;abord, étape par étape</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key the window understands</source>
        <translation>Toutes les touches que la fenêtre comprend</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Thème sombre</translation>
    </message>
    <message>
        <source>Dark colours</source>
        <translation>Couleurs sombres</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Black on white with strong lines, for a washed-out projector or low vision</source>
        <translation>Noir sur blanc avec des traits épais, pour un projecteur délavé ou une vue faible</translation>
    </message>
    <message>
        <source>Larger fonts (projector)</source>
        <translation>Police plus grande (projecteur)</translation>
    </message>
    <message>
        <source>Bigger text for a projector</source>
        <translation>Texte plus grand pour un projecteur</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>Large fonts, thick lines, big points and a large status line: readable from the back of a room on a projector</source>
        <translation>Grande police, traits épais, gros points et grande ligne d&apos;état : lisible du fond de la salle au projecteur</translation>
    </message>
    <message>
        <source>Dataset panel</source>
        <translation>Panneau Jeu de données</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Dataset panel</source>
        <translation>Placer le focus clavier dans le panneau Jeu de données</translation>
    </message>
    <message>
        <source>Network panel</source>
        <translation>Panneau Réseau</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Network panel</source>
        <translation>Placer le focus clavier dans le panneau Réseau</translation>
    </message>
    <message>
        <source>Training panel</source>
        <translation>Panneau Entraînement</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Training panel</source>
        <translation>Placer le focus clavier dans le panneau Entraînement</translation>
    </message>
    <message>
        <source>Data view (arrow keys move a cross)</source>
        <translation>Vue des données (les flèches déplacent une croix)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Data view</source>
        <translation>Placer le focus clavier dans la vue des données</translation>
    </message>
    <message>
        <source>PyTorch layer order (fc1 = first)</source>
        <translation>Ordre des couches PyTorch (fc1 = première)</translation>
    </message>
    <message>
        <source>Number layers from the input like PyTorch instead of from the output</source>
        <translation>Numéroter les couches depuis l&apos;entrée comme PyTorch plutôt que depuis la sortie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>En&amp;traîner</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Leçons</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source> Learning rate </source>
        <translation> Taux d&apos;apprentissage </translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Learning rate: change it while training</source>
        <translation>Taux d&apos;apprentissage : modifiable pendant l&apos;entraînement</translation>
    </message>
    <message>
        <source>  Speed </source>
        <translation>  Vitesse </translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Vitesse d&apos;entraînement</translation>
    </message>
    <message>
        <source>{tip} (also on the Training panel)</source>
        <translation>{tip} (aussi dans le panneau Entraînement)</translation>
    </message>
</context>
<context>
    <name>busy</name>
    <message>
        <source>another file is still being read; wait for it or cancel it</source>
        <translation>un autre fichier est encore en cours de lecture ; attendez ou annulez</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>la lecture a été annulée</translation>
    </message>
</context>
<context>
    <name>challenge_dialog</name>
    <message>
        <source>, derived inputs {features}</source>
        <translation>, entrées dérivées {features}</translation>
    </message>
    <message>
        <source>The {name} set shipped with ANN Studio ({n} points{extra}).</source>
        <translation>Le jeu {name} fourni avec ANN Studio ({n} points{extra}).</translation>
    </message>
    <message>
        <source>Public: its points ship with every copy of ANN Studio, held-out ones too, so a student could train on them; for a graded challenge use a generator or your own CSV.</source>
        <translation>Public : ses points sont livrés avec chaque copie d&apos;ANN Studio, y compris les points réservés, donc un étudiant pourrait s&apos;entraîner dessus ; pour un défi noté, utilisez un générateur ou votre propre CSV.</translation>
    </message>
    <message>
        <source>, {n} classes</source>
        <translation>, {n} classes</translation>
    </message>
    <message>
        <source>The {name} generator: {n} points, noise {noise}{classes}{extra}.</source>
        <translation>Le générateur {name} : {n} points, bruit {noise}{classes}{extra}.</translation>
    </message>
    <message>
        <source>Redrawn with a secret seed, so no student can regenerate the held-out points (the points differ from the ones on screen).</source>
        <translation>Retiré avec une graine secrète, si bien qu&apos;aucun étudiant ne peut régénérer les points réservés (les points diffèrent de ceux à l&apos;écran).</translation>
    </message>
    <message>
        <source>The CSV file {name}: {n} points{extra}.</source>
        <translation>Le fichier CSV {name} : {n} points{extra}.</translation>
    </message>
    <message>
        <source>A CSV file: {n} points{extra}.</source>
        <translation>Un fichier CSV : {n} points{extra}.</translation>
    </message>
    <message>
        <source>{n} points drawn or edited by hand{extra}.</source>
        <translation>{n} points dessinés ou modifiés à la main{extra}.</translation>
    </message>
    <message>
        <source>The held-out points are picked by a secret shuffle of these points.</source>
        <translation>Les points réservés sont choisis par un mélange secret de ces points.</translation>
    </message>
</context>
<context>
    <name>challenge_mode</name>
    <message>
        <source>over the limit</source>
        <translation>au-delà de la limite</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>Limit on the parameters</source>
        <translation>Limite des paramètres</translation>
    </message>
    <message>
        <source>Limit on the epochs</source>
        <translation>Limite des époques</translation>
    </message>
    <message>
        <source>Limit on the optimizer</source>
        <translation>Limite de l&apos;optimiseur</translation>
    </message>
    <message>
        <source>Limit on the activations</source>
        <translation>Limite des activations</translation>
    </message>
    <message>
        <source>Locked by the challenge: {reason}</source>
        <translation>Verrouillé par le défi : {reason}</translation>
    </message>
    <message>
        <source>{n} / {most} parameters</source>
        <translation>{n} / {most} paramètres</translation>
    </message>
    <message>
        <source>epochs {n} / {most}, until stopped</source>
        <translation>époques {n} / {most}, jusqu&apos;à l&apos;arrêt</translation>
    </message>
    <message>
        <source>epochs {n} / {most}</source>
        <translation>époques {n} / {most}</translation>
    </message>
    <message>
        <source>optimizer: {mine} (allowed: {allowed})</source>
        <translation>optimiseur : {mine} (autorisés : {allowed})</translation>
    </message>
    <message>
        <source>activations: {mine} (allowed: {allowed})</source>
        <translation>activations : {mine} (autorisées : {allowed})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>class_plots</name>
    <message>
        <source>1 layer</source>
        <translation>1 couche</translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation>{n} couches</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>not finite</source>
        <translation>non fini</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>refusé : {reason}</translation>
    </message>
    <message>
        <source>1 hand-in file</source>
        <translation>1 fichier rendu</translation>
    </message>
    <message>
        <source>{n} hand-in files</source>
        <translation>{n} fichiers rendus</translation>
    </message>
    <message>
        <source>{n} ranked</source>
        <translation>{n} classés</translation>
    </message>
    <message>
        <source>{n} flagged</source>
        <translation>{n} signalés</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>{n} refusés</translation>
    </message>
    <message>
        <source>1 other file ignored</source>
        <translation>1 autre fichier ignoré</translation>
    </message>
    <message>
        <source>{n} other files ignored</source>
        <translation>{n} autres fichiers ignorés</translation>
    </message>
    <message>
        <source>{title}: {parts}. Scores are {measure}, computed here on the key&apos;s held-out points (from {source}).</source>
        <translation>{title} : {parts}. Score : {measure}, calculé ici sur les points réservés de la clé (de {source}).</translation>
    </message>
</context>
<context>
    <name>classroom</name>
    <message>
        <source>held-out accuracy</source>
        <translation>exactitude sur les réservés</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>perte sur les réservés</translation>
    </message>
    <message>
        <source>held-out R²</source>
        <translation>R² sur les réservés</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>le jeu de données</translation>
    </message>
    <message>
        <source>Everyone trains on the same points, so the held-out scores compare.</source>
        <translation>Tout le monde s&apos;entraîne sur les mêmes points, pour que les scores sur les réservés soient comparables.</translation>
    </message>
    <message>
        <source>the derived features</source>
        <translation>les caractéristiques dérivées</translation>
    </message>
    <message>
        <source>The inputs are part of the task.</source>
        <translation>Les entrées font partie de la consigne.</translation>
    </message>
    <message>
        <source>standardisation</source>
        <translation>la standardisation</translation>
    </message>
    <message>
        <source>The inputs are given as they are.</source>
        <translation>Les entrées sont données telles quelles.</translation>
    </message>
    <message>
        <source>the hidden layers</source>
        <translation>les couches cachées</translation>
    </message>
    <message>
        <source>The network&apos;s shape is given; the task is about the other choices.</source>
        <translation>La forme du réseau est donnée ; la consigne porte sur les autres choix.</translation>
    </message>
    <message>
        <source>the activations</source>
        <translation>les activations</translation>
    </message>
    <message>
        <source>The activations are given.</source>
        <translation>Les activations sont données.</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>la couche de sortie</translation>
    </message>
    <message>
        <source>The output layer follows from the task.</source>
        <translation>La couche de sortie découle de la tâche.</translation>
    </message>
    <message>
        <source>the initial weights</source>
        <translation>les poids initiaux</translation>
    </message>
    <message>
        <source>Everyone starts from the same weights.</source>
        <translation>Tout le monde part des mêmes poids.</translation>
    </message>
    <message>
        <source>the optimizer</source>
        <translation>l&apos;optimiseur</translation>
    </message>
    <message>
        <source>The optimizer is given.</source>
        <translation>L&apos;optimiseur est donné.</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>le taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>The learning rate is given.</source>
        <translation>Le taux d&apos;apprentissage est donné.</translation>
    </message>
    <message>
        <source>the optimizer&apos;s hyperparameters</source>
        <translation>les hyperparamètres de l&apos;optimiseur</translation>
    </message>
    <message>
        <source>The optimizer&apos;s settings are given.</source>
        <translation>Les réglages de l&apos;optimiseur sont donnés.</translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation>la taille du lot</translation>
    </message>
    <message>
        <source>The batch size is given.</source>
        <translation>La taille du lot est donnée.</translation>
    </message>
    <message>
        <source>the number of epochs</source>
        <translation>le nombre d&apos;époques</translation>
    </message>
    <message>
        <source>Everyone trains for the same number of epochs.</source>
        <translation>Tout le monde s&apos;entraîne pendant le même nombre d&apos;époques.</translation>
    </message>
    <message>
        <source>the batch order</source>
        <translation>l&apos;ordre des lots</translation>
    </message>
    <message>
        <source>Everyone sees the batches in the same order.</source>
        <translation>Tout le monde voit les lots dans le même ordre.</translation>
    </message>
</context>
<context>
    <name>compare_windows</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Optimizer &amp;race…</source>
        <translation>&amp;Course d&apos;optimiseurs…</translation>
    </message>
    <message>
        <source>Train several optimizers from the same initial weights on the same batches</source>
        <translation>Entraîner plusieurs optimiseurs depuis les mêmes poids initiaux sur les mêmes lots</translation>
    </message>
    <message>
        <source>Loss &amp;landscape…</source>
        <translation>Paysage de &amp;perte…</translation>
    </message>
    <message>
        <source>The training loss over a plane through the current weights; click to move there</source>
        <translation>La perte d&apos;entraînement sur un plan passant par les poids actuels ; cliquez pour vous y déplacer</translation>
    </message>
    <message>
        <source>&amp;Timeline and branches…</source>
        <translation>Chrono&amp;logie et branches…</translation>
    </message>
    <message>
        <source>Record a run of this experiment, scrub back through it and branch with other settings</source>
        <translation>Enregistrer un entraînement de cette expérience, y revenir en arrière et le brancher avec d&apos;autres réglages</translation>
    </message>
    <message>
        <source>{title} — ANN Studio</source>
        <translation>{title} — ANN Studio</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>Course d&apos;optimiseurs</translation>
    </message>
    <message>
        <source>The map of the window&apos;s current weights (random directions: the window&apos;s live run keeps no recorded path; the Timeline window&apos;s runs do). Press Compute map; a click sets the window&apos;s weights there.</source>
        <translation>La carte des poids actuels de la fenêtre (directions aléatoires : l&apos;entraînement en direct de la fenêtre n&apos;enregistre pas de chemin ; ceux de la fenêtre Chronologie, si). Appuyez sur « Calculer la carte » ; un clic y place les poids de la fenêtre.</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Paysage de perte</translation>
    </message>
    <message>
        <source>recording {epochs} epochs of {settings} from the experiment&apos;s initial weights…</source>
        <translation>enregistrement de {epochs} époques de {settings} depuis les poids initiaux de l&apos;expérience…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>engine_note</name>
    <message>
        <source>{engine} on {device}: only PyTorch runs on a GPU.</source>
        <translation>{engine} sur {device} : seul PyTorch tourne sur un GPU.</translation>
    </message>
    <message>
        <source>one step is F = batch × Σ d_in·d_out = {flops} multiply-adds (PyTorch {dtype} pays off from about {threshold})</source>
        <translation>un pas vaut F = batch × Σ d_in·d_out = {flops} multiplications-additions (PyTorch {dtype} devient rentable à partir d&apos;environ {threshold})</translation>
    </message>
    <message>
        <source>PyTorch on the CPU runs slower than NumPy on a network this small: {work}, so its fixed cost per step outweighs the work. Engine &apos;auto&apos; would pick NumPy here.</source>
        <translation>PyTorch sur le CPU est plus lent que NumPy sur un réseau aussi petit : {work}, donc son coût fixe par pas dépasse le travail. Le moteur « auto » choisirait ici NumPy.</translation>
    </message>
    <message>
        <source>PyTorch on the CPU: {work}; large enough for PyTorch to be the faster engine.</source>
        <translation>PyTorch sur le CPU : {work} ; assez grand pour que PyTorch soit le moteur le plus rapide.</translation>
    </message>
    <message>
        <source>Engine &apos;auto&apos; picked NumPy: {work}.</source>
        <translation>Le moteur « auto » a choisi NumPy : {work}.</translation>
    </message>
    <message>
        <source>NumPy on the CPU: {work}.</source>
        <translation>NumPy sur le CPU : {work}.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>choose a .png or .svg file name, not {name}</source>
        <translation>choisissez un nom de fichier .png ou .svg, pas {name}</translation>
    </message>
    <message>
        <source>the plot has no size to export yet</source>
        <translation>le graphique n&apos;a pas encore de taille à exporter</translation>
    </message>
    <message>
        <source>Qt could not write the PNG image</source>
        <translation>Qt n&apos;a pas pu écrire l&apos;image PNG</translation>
    </message>
    <message>
        <source>nothing was written to {name}</source>
        <translation>rien n&apos;a été écrit dans {name}</translation>
    </message>
    <message>
        <source>could not save {path}: {reason}</source>
        <translation>impossible d&apos;enregistrer {path} : {reason}</translation>
    </message>
    <message>
        <source>there is no plot to export</source>
        <translation>il n&apos;y a aucun graphique à exporter</translation>
    </message>
    <message>
        <source>an ANN Studio experiment</source>
        <translation>une expérience ANN Studio</translation>
    </message>
    <message>
        <source>a Python script</source>
        <translation>un script Python</translation>
    </message>
    <message>
        <source>another kind of file</source>
        <translation>un autre type de fichier</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>PyTorch script (multi-GPU, torchrun)…</source>
        <translation>Script PyTorch (multi-GPU, torchrun)…</translation>
    </message>
    <message>
        <source>The same script, ready for many GPUs: runs as python train_ddp.py or as torchrun --nproc_per_node=N train_ddp.py, with the same batch and learning rate</source>
        <translation>Le même script, prêt pour plusieurs GPU : s&apos;exécute avec python train_ddp.py ou torchrun --nproc_per_node=N train_ddp.py, avec le même lot et le même taux d&apos;apprentissage</translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>{goal} at epoch {epoch}</source>
        <translation>{goal} à l&apos;époque {epoch}</translation>
    </message>
    <message>
        <source>{goal}  (now {value})</source>
        <translation>{goal}  (actuellement {value})</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>perte de test</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>exactitude d&apos;entraînement</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>exactitude de test</translation>
    </message>
    <message>
        <source>lowest training loss</source>
        <translation>perte d&apos;entraînement minimale</translation>
    </message>
    <message>
        <source>epochs trained</source>
        <translation>époques entraînées</translation>
    </message>
    <message>
        <source>epochs to reach loss {loss}</source>
        <translation>époques pour atteindre une perte de {loss}</translation>
    </message>
    <message>
        <source>first layer&apos;s gradient norm / last layer&apos;s</source>
        <translation>norme du gradient de la première couche / de la dernière</translation>
    </message>
    <message>
        <source>epochs whose loss went up</source>
        <translation>époques où la perte a augmenté</translation>
    </message>
    <message>
        <source>largest rise of the loss between epochs</source>
        <translation>plus forte hausse de la perte entre deux époques</translation>
    </message>
    <message>
        <source>largest climb above the lowest loss so far</source>
        <translation>plus forte remontée au-dessus de la perte la plus basse atteinte</translation>
    </message>
    <message>
        <source>share of steps whose batch loss went up</source>
        <translation>part des pas où la perte du lot a augmenté</translation>
    </message>
    <message>
        <source>hidden units in all</source>
        <translation>neurones cachés au total</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>couches cachées</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Row vectors: &lt;b&gt;u = z W + b&lt;/b&gt;. A network with K weight layers, numbered from the output: the input is z&lt;sub&gt;K&lt;/sub&gt; = x; for i = K … 1: u&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt; W&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;i&lt;/sub&gt;, z&lt;sub&gt;i−1&lt;/sub&gt; = φ&lt;sub&gt;i&lt;/sub&gt;(u&lt;sub&gt;i&lt;/sub&gt;); the output is z&lt;sub&gt;0&lt;/sub&gt;.</source>
        <translation>Vecteurs ligne : &lt;b&gt;u = z W + b&lt;/b&gt;. Un réseau à K couches de poids, numérotées depuis la sortie : l&apos;entrée est z&lt;sub&gt;K&lt;/sub&gt; = x ; pour i = K … 1 : u&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt; W&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;i&lt;/sub&gt;, z&lt;sub&gt;i−1&lt;/sub&gt; = φ&lt;sub&gt;i&lt;/sub&gt;(u&lt;sub&gt;i&lt;/sub&gt;) ; la sortie est z&lt;sub&gt;0&lt;/sub&gt;.</translation>
    </message>
    <message>
        <source>W&lt;sub&gt;i&lt;/sub&gt; has shape d&lt;sub&gt;i&lt;/sub&gt; × d&lt;sub&gt;i−1&lt;/sub&gt; (rows = inputs of that layer), so the number of parameters is Σ&lt;sub&gt;i&lt;/sub&gt; d&lt;sub&gt;i−1&lt;/sub&gt;(d&lt;sub&gt;i&lt;/sub&gt; + 1).</source>
        <translation>W&lt;sub&gt;i&lt;/sub&gt; est de forme d&lt;sub&gt;i&lt;/sub&gt; × d&lt;sub&gt;i−1&lt;/sub&gt; (lignes = entrées de cette couche), donc le nombre de paramètres est Σ&lt;sub&gt;i&lt;/sub&gt; d&lt;sub&gt;i−1&lt;/sub&gt;(d&lt;sub&gt;i&lt;/sub&gt; + 1).</translation>
    </message>
    <message>
        <source>Layer 1 is the output layer. PyTorch numbers the other way (fc1 is next to the input): View ▸ PyTorch layer order switches the labels.</source>
        <translation>La couche 1 est la couche de sortie. PyTorch numérote dans l&apos;autre sens (fc1 est à côté de l&apos;entrée) : Affichage ▸ Ordre des couches PyTorch change les étiquettes.</translation>
    </message>
    <message>
        <source>Binary classification: z&lt;sub&gt;0&lt;/sub&gt; = σ(u&lt;sub&gt;1&lt;/sub&gt;), loss −log σ(y·u) for labels y = ±1 (the same as cross entropy with 0/1 labels). Multi-class: softmax + cross entropy. Regression: identity + mean squared error.</source>
        <translation>Classification binaire : z&lt;sub&gt;0&lt;/sub&gt; = σ(u&lt;sub&gt;1&lt;/sub&gt;), perte −log σ(y·u) pour des étiquettes y = ±1 (identique à l&apos;entropie croisée avec des étiquettes 0/1). Multiclasse : softmax + entropie croisée. Régression : identité + erreur quadratique moyenne.</translation>
    </message>
    <message>
        <source>Backpropagation: ∂L/∂W&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; δ&lt;sub&gt;i&lt;/sub&gt; with δ&lt;sub&gt;i&lt;/sub&gt; = ∂L/∂u&lt;sub&gt;i&lt;/sub&gt;; the δ travel from the output towards the input through the Jacobians ∇φ and W&lt;sup&gt;T&lt;/sup&gt;.</source>
        <translation>Rétropropagation : ∂L/∂W&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; δ&lt;sub&gt;i&lt;/sub&gt; avec δ&lt;sub&gt;i&lt;/sub&gt; = ∂L/∂u&lt;sub&gt;i&lt;/sub&gt; ; les δ vont de la sortie vers l&apos;entrée à travers les jacobiennes ∇φ et W&lt;sup&gt;T&lt;/sup&gt;.</translation>
    </message>
    <message>
        <source>Notation (as in the lecture)</source>
        <translation>Notation (comme dans le cours)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Move the cross</source>
        <translation>Déplacer la croix</translation>
    </message>
    <message>
        <source>←  →  ↑  ↓ (Shift: larger steps)</source>
        <translation>←  →  ↑  ↓ (Maj : pas plus grands)</translation>
    </message>
    <message>
        <source>Click there (the Dataset panel&apos;s tool)</source>
        <translation>Cliquer à cet endroit (l&apos;outil du panneau Jeu de données)</translation>
    </message>
    <message>
        <source>Space, Enter</source>
        <translation>Espace, Entrée</translation>
    </message>
    <message>
        <source>Erase the nearest point</source>
        <translation>Effacer le point le plus proche</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Inspect the nearest point</source>
        <translation>Inspecter le point le plus proche</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>In the data view</source>
        <translation>Dans la vue des données</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data&lt;/b&gt; — in the &lt;i&gt;Dataset&lt;/i&gt; panel pick a dataset (two moons, circles, spirals …) or import a CSV; or open a ready-made lesson from the &lt;i&gt;Lessons&lt;/i&gt; menu.</source>
        <translation>&lt;b&gt;Données&lt;/b&gt; — dans le panneau &lt;i&gt;Jeu de données&lt;/i&gt;, choisissez un jeu de données (deux lunes, cercles, spirales …) ou importez un CSV ; ou ouvrez une leçon toute prête depuis le menu &lt;i&gt;Leçons&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Network&lt;/b&gt; — in the &lt;i&gt;Network&lt;/i&gt; panel add hidden layers and set each one&apos;s width and activation; the diagram under the data shows the result.</source>
        <translation>&lt;b&gt;Réseau&lt;/b&gt; — dans le panneau &lt;i&gt;Réseau&lt;/i&gt;, ajoutez des couches cachées et réglez la largeur et la fonction d&apos;activation de chacune ; le schéma sous les données montre le résultat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training&lt;/b&gt; — in the &lt;i&gt;Training&lt;/i&gt; panel choose the optimizer, the learning rate, the batch size and the number of epochs.</source>
        <translation>&lt;b&gt;Entraînement&lt;/b&gt; — dans le panneau &lt;i&gt;Entraînement&lt;/i&gt;, choisissez l&apos;optimiseur, le taux d&apos;apprentissage, la taille du lot et le nombre d&apos;époques.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run&lt;/b&gt; — press &lt;i&gt;Run ▶&lt;/i&gt;{run} and watch the decision boundary, the loss curves and every layer&apos;s neurons change. &lt;i&gt;Step batch&lt;/i&gt;{step_batch} and &lt;i&gt;Step epoch&lt;/i&gt;{step_epoch} train a little at a time; &lt;i&gt;Reset&lt;/i&gt;{reset} starts again from new initial weights.</source>
        <translation>&lt;b&gt;Lancer&lt;/b&gt; — appuyez sur &lt;i&gt;Lancer ▶&lt;/i&gt;{run} et regardez changer la frontière de décision, les courbes de perte et les neurones de chaque couche. &lt;i&gt;Un lot&lt;/i&gt;{step_batch} et &lt;i&gt;Une époque&lt;/i&gt;{step_epoch} entraînent un peu à la fois ; &lt;i&gt;Réinitialiser&lt;/i&gt;{reset} recommence avec de nouveaux poids initiaux.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look inside&lt;/b&gt; — choose &lt;i&gt;Inspect&lt;/i&gt; under &quot;Click in the data view to&quot; and click a point: the step-through inspector{inspector} shows its forward pass and backpropagation with the real numbers.</source>
        <translation>&lt;b&gt;Regarder à l&apos;intérieur&lt;/b&gt; — choisissez &lt;i&gt;Inspecter&lt;/i&gt; sous « Un clic dans la vue des données pour » et cliquez sur un point : l&apos;inspecteur pas à pas{inspector} montre sa propagation avant et la rétropropagation avec les vrais nombres.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep it&lt;/b&gt; — &lt;i&gt;File ▸ Save&lt;/i&gt;{save} writes the experiment; &lt;i&gt;File ▸ Export ▸ PyTorch script&lt;/i&gt; writes the same model for PyTorch.</source>
        <translation>&lt;b&gt;Le garder&lt;/b&gt; — &lt;i&gt;Fichier ▸ Enregistrer&lt;/i&gt;{save} écrit l&apos;expérience ; &lt;i&gt;Fichier ▸ Exporter ▸ Script PyTorch&lt;/i&gt; écrit le même modèle pour PyTorch.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Help ▸ Notation explains the symbols; Help ▸ Keyboard shortcuts lists every key.</source>
        <translation>Aide ▸ Notation explique les symboles ; Aide ▸ Raccourcis clavier liste toutes les touches.</translation>
    </message>
</context>
<context>
    <name>inspect</name>
    <message>
        <source>scalar</source>
        <translation>scalaire</translation>
    </message>
    <message>
        <source>shape {shape}</source>
        <translation>forme {shape}</translation>
    </message>
    <message>
        <source>shape {shape} · min {min} · max {max} · norm {norm}</source>
        <translation>forme {shape} · min {min} · max {max} · norme {norm}</translation>
    </message>
    <message>
        <source>The input point</source>
        <translation>Le point d&apos;entrée</translation>
    </message>
    <message>
        <source>Forward through {layer}</source>
        <translation>Propagation avant à travers {layer}</translation>
    </message>
    <message>
        <source>Output and loss</source>
        <translation>Sortie et perte</translation>
    </message>
    <message>
        <source>Backward: the loss&apos;s derivative</source>
        <translation>Rétropropagation : la dérivée de la perte</translation>
    </message>
    <message>
        <source>Backward through {layer}: gradients of {W}, {b}</source>
        <translation>Rétropropagation à travers {layer} : gradients de {W}, {b}</translation>
    </message>
    <message>
        <source>Backward: pass the gradient on to {layer}</source>
        <translation>Rétropropagation : transmettre le gradient à {layer}</translation>
    </message>
    <message>
        <source>used here, in unit {j} of {layer}:</source>
        <translation>utilisé ici, dans le neurone {j} de {layer} :</translation>
    </message>
    <message>
        <source>softmax is not element-wise: every output depends on every u.</source>
        <translation>softmax n&apos;agit pas élément par élément : chaque sortie dépend de chaque u.</translation>
    </message>
    <message>
        <source>0.1·N(0, 1) (the lecture&apos;s initialisation)</source>
        <translation>0,1·N(0, 1) (l&apos;initialisation du cours)</translation>
    </message>
    <message>
        <source>U(−a, a) with a = √(6/(d + e)) (Xavier)</source>
        <translation>U(−a, a) avec a = √(6/(d + e)) (Xavier)</translation>
    </message>
    <message>
        <source>N(0, 2/d) (He)</source>
        <translation>N(0, 2/d) (He)</translation>
    </message>
    <message>
        <source>drawn from {how} with seed {seed}</source>
        <translation>tiré selon {how} avec la graine {seed}</translation>
    </message>
    <message>
        <source>drawn from {how}</source>
        <translation>tiré selon {how}</translation>
    </message>
    <message>
        <source>current value after 1 training step</source>
        <translation>valeur actuelle après 1 pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>current value after {steps} training steps</source>
        <translation>valeur actuelle après {steps} pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>{trained}; initialised {drawn}</source>
        <translation>{trained} ; initialisé : {drawn}</translation>
    </message>
    <message>
        <source>set by hand, a lesson or a file (not the random initialisation); not trained yet</source>
        <translation>fixé à la main, par une leçon ou par un fichier (pas l&apos;initialisation aléatoire) ; pas encore entraîné</translation>
    </message>
    <message>
        <source>initial value, {drawn}; biases start at 0; not trained yet</source>
        <translation>valeur initiale, {drawn} ; les biais partent de 0 ; pas encore entraîné</translation>
    </message>
    <message>
        <source>its current value</source>
        <translation>sa valeur actuelle</translation>
    </message>
    <message>
        <source>the network&apos;s output</source>
        <translation>la sortie du réseau</translation>
    </message>
    <message>
        <source>the output of unit {j} of {layer}</source>
        <translation>la sortie du neurone {j} de {layer}</translation>
    </message>
    <message>
        <source>{z} = {value}: {where}, computed on {layer}&apos;s forward page:</source>
        <translation>{z} = {value} : {where}, calculé sur la page de propagation avant de {layer} :</translation>
    </message>
    <message>
        <source>the data point</source>
        <translation>le point de données</translation>
    </message>
    <message>
        <source>{z} = {x} = {value}: feature {k} ({name}) of {where}; the input is data, not computed: every layer starts from it.</source>
        <translation>{z} = {x} = {value} : caractéristique {k} ({name}) de {where} ; l&apos;entrée est une donnée, non calculée : chaque couche part d&apos;elle.</translation>
    </message>
    <message>
        <source>{z} = {x} = {value}: feature {k} of {where}; the input is data, not computed: every layer starts from it.</source>
        <translation>{z} = {x} = {value} : caractéristique {k} de {where} ; l&apos;entrée est une donnée, non calculée : chaque couche part d&apos;elle.</translation>
    </message>
    <message>
        <source>the weight from input {k} to unit {j} of {layer}</source>
        <translation>le poids de l&apos;entrée {k} vers le neurone {j} de {layer}</translation>
    </message>
    <message>
        <source>the bias of unit {j} of {layer}</source>
        <translation>le biais du neurone {j} de {layer}</translation>
    </message>
    <message>
        <source>{label} = {value}: a parameter, {what} (double-click to edit); {origin}.</source>
        <translation>{label} = {value} : un paramètre, {what} (double-clic pour modifier) ; {origin}.</translation>
    </message>
    <message>
        <source>{label} = {value}: a parameter, {what} (double-click to edit).</source>
        <translation>{label} = {value} : un paramètre, {what} (double-clic pour modifier).</translation>
    </message>
    <message>
        <source>its gradient for this point: {formula}</source>
        <translation>son gradient pour ce point : {formula}</translation>
    </message>
    <message>
        <source>The input point is the first z; the lecture counts layers from the output.</source>
        <translation>Le point d&apos;entrée est le premier z ; le cours numérote les couches à partir de la sortie.</translation>
    </message>
    <message>
        <source>{layer}&apos;s weights: one row per input, one column per unit.</source>
        <translation>Poids de {layer} : une ligne par entrée, une colonne par neurone.</translation>
    </message>
    <message>
        <source>{b}: 1 entry</source>
        <translation>{b} : 1 élément</translation>
    </message>
    <message>
        <source>{b}: {n} entries</source>
        <translation>{b} : {n} éléments</translation>
    </message>
    <message>
        <source>{layer}&apos;s biases, one per unit.</source>
        <translation>Biais de {layer}, un par neurone.</translation>
    </message>
    <message>
        <source>Each unit&apos;s weighted sum of its inputs plus its bias.</source>
        <translation>La somme pondérée des entrées de chaque neurone, plus son biais.</translation>
    </message>
    <message>
        <source>The activation applied to u gives this layer&apos;s output — the network&apos;s output.</source>
        <translation>La fonction d&apos;activation appliquée à u donne la sortie de cette couche — la sortie du réseau.</translation>
    </message>
    <message>
        <source>The activation applied to u gives this layer&apos;s output, the next layer&apos;s input.</source>
        <translation>La fonction d&apos;activation appliquée à u donne la sortie de cette couche, l&apos;entrée de la suivante.</translation>
    </message>
    <message>
        <source>How wrong the output is for this point&apos;s label.</source>
        <translation>À quel point la sortie se trompe pour l&apos;étiquette de ce point.</translation>
    </message>
    <message>
        <source>How the loss changes with each output: the first factor of the chain rule.</source>
        <translation>Comment la perte varie avec chaque sortie : le premier facteur de la règle de dérivation en chaîne.</translation>
    </message>
    <message>
        <source>The Jacobian of the activation: how each output of {layer} moves with each of its pre-activations.</source>
        <translation>La jacobienne de l&apos;activation : comment chaque sortie de {layer} varie avec chacune de ses pré-activations.</translation>
    </message>
    <message>
        <source>The error signal at this layer&apos;s weighted sums (δ in vectorised code).</source>
        <translation>Le signal d&apos;erreur aux sommes pondérées de cette couche (δ dans le code vectorisé).</translation>
    </message>
    <message>
        <source>How each of the {m} outputs of {g} depends on each weight: one n×m matrix per output.</source>
        <translation>Comment chacune des {m} sorties de {g} dépend de chaque poids : une matrice n×m par sortie.</translation>
    </message>
    <message>
        <source>How each of the {m} outputs of {g} depends on each weight: one n×m matrix per output. Only the first {kept} of the {m} matrices are kept: the whole tensor would take {mb} MB.</source>
        <translation>Comment chacune des {m} sorties de {g} dépend de chaque poids : une matrice n×m par sortie. Seules les {kept} premières des {m} matrices sont gardées : le tenseur entier occuperait {mb} Mo.</translation>
    </message>
    <message>
        <source>The gradient of the loss for every weight of this layer: the sum of outer products zᵀ·row.</source>
        <translation>Le gradient de la perte pour chaque poids de cette couche : la somme des produits extérieurs zᵀ·ligne.</translation>
    </message>
    <message>
        <source>The gradient for the biases: ∂g/∂b = ∇φ, so it equals ∂L/∂u.</source>
        <translation>Le gradient des biais : ∂g/∂b = ∇φ, il est donc égal à ∂L/∂u.</translation>
    </message>
    <message>
        <source>How {layer}&apos;s outputs move with its inputs {z}.</source>
        <translation>Comment les sorties de {layer} varient avec ses entrées {z}.</translation>
    </message>
    <message>
        <source>The chain rule so far: how the loss moves with the next layer&apos;s output.</source>
        <translation>La règle de dérivation en chaîne jusqu&apos;ici : comment la perte varie avec la sortie de la couche suivante.</translation>
    </message>
    <message>
        <source>Layer {n}</source>
        <translation>Couche {n}</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>couche {n}</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <source>Step through ¬XOR by hand (inspector)</source>
        <translation>¬XOR à la main pas à pas (inspecteur)</translation>
    </message>
    <message>
        <source>Lecture moons</source>
        <translation>Lunes du cours</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <source>layer {i}</source>
        <translation>couche {i}</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
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
        <translation>Aucune époque entraînée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>perte {loss}</translation>
    </message>
    <message>
        <source>loss {loss}, accuracy {accuracy}</source>
        <translation>perte {loss} ; exactitude {accuracy}</translation>
    </message>
    <message>
        <source>loss {loss}, R² {r2}</source>
        <translation>perte {loss} ; R² {r2}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: train {train}.</source>
        <translation>Époque {epoch} : entraînement {train}.</translation>
    </message>
    <message>
        <source>Epoch {epoch}: train {train}; test {test}.</source>
        <translation>Époque {epoch} : entraînement {train} ; test {test}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>class {k} {share}</source>
        <translation>classe {k} {share}</translation>
    </message>
    <message>
        <source>Decision regions over the plane: {parts}; {n} training points.</source>
        <translation>Régions de décision sur le plan : {parts} ; {n} points d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Step {i} of {n}: {title}. {formula}.</source>
        <translation>Étape {i} sur {n} : {title}. {formula}.</translation>
    </message>
    <message>
        <source>{name} is hidden: predict it.</source>
        <translation>{name} est masqué : prédisez-le.</translation>
    </message>
    <message>
        <source>{values}, … ({n} values)</source>
        <translation>{values} ; … ({n} valeurs)</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Points to generate</source>
        <translation>Points à générer</translation>
    </message>
    <message>
        <source>the live views redraw every point</source>
        <translation>les vues en direct redessinent chaque point</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to each point</source>
        <translation>Écart type du bruit gaussien ajouté à chaque point</translation>
    </message>
    <message>
        <source>beyond this the generator&apos;s shape is lost in the noise</source>
        <translation>au-delà, la forme du générateur se perd dans le bruit</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same points</source>
        <translation>Graine aléatoire : la même graine donne les mêmes points</translation>
    </message>
    <message>
        <source>Share of the points held out for testing</source>
        <translation>Part des points mise de côté pour le test</translation>
    </message>
    <message>
        <source>Number of classes of blobs and spirals</source>
        <translation>Nombre de classes des amas et des spirales</translation>
    </message>
    <message>
        <source>Neurons in this layer</source>
        <translation>Neurones de cette couche</translation>
    </message>
    <message>
        <source>the layer views draw one map per neuron</source>
        <translation>les vues des couches dessinent une carte par neurone</translation>
    </message>
    <message>
        <source>Random seed of the initial weights: same seed, same start</source>
        <translation>Graine aléatoire des poids initiaux : même graine, même départ</translation>
    </message>
    <message>
        <source>Points per mini-batch: one optimizer step each</source>
        <translation>Points par mini-lot : un pas de l&apos;optimiseur par lot</translation>
    </message>
    <message>
        <source>Epochs to train</source>
        <translation>Époques d&apos;entraînement</translation>
    </message>
    <message>
        <source>{bounds}: {why}</source>
        <translation>{bounds} : {why}</translation>
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
        <translation>&amp;Par où commencer</translation>
    </message>
    <message>
        <source>What the window shows and three first steps</source>
        <translation>Ce que montre la fenêtre et trois premiers pas</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>every step</source>
        <translation>à chaque pas</translation>
    </message>
    <message>
        <source>every {k} steps</source>
        <translation>tous les {k} pas</translation>
    </message>
    <message>
        <source>timeline {used} of {budget} MB, {every}</source>
        <translation>chronologie {used} sur {budget} Mo, {every}</translation>
    </message>
    <message>
        <source>Scrubbing back and branching need the run&apos;s past; it is recorded for the NumPy engine (Training ▸ Engine).</source>
        <translation>Revenir en arrière et bifurquer demandent le passé de l&apos;exécution ; il est enregistré pour le moteur NumPy (Entraînement ▸ Moteur).</translation>
    </message>
    <message>
        <source>every {k}th step</source>
        <translation>tous les {k} pas</translation>
    </message>
    <message>
        <source>To scrub back and branch, the run keeps every step&apos;s loss (8 bytes each) and, {every}, a checkpoint: the {parameters} weights and biases θ, the optimizer&apos;s state and the position in the batch order ({checkpoints} checkpoints now). A step between two checkpoints is replayed exactly from the one before it. When the {budget} MB budget is full, every other checkpoint is dropped and the interval doubles.</source>
        <translation>Pour revenir en arrière et bifurquer, l&apos;exécution garde la perte de chaque pas (8 octets chacune) et, {every}, un point de reprise : les {parameters} poids et biais θ, l&apos;état de l&apos;optimiseur et la position dans l&apos;ordre des lots ({checkpoints} points de reprise actuellement). Un pas entre deux points de reprise est rejoué exactement à partir du précédent. Quand le budget de {budget} Mo est plein, un point de reprise sur deux est supprimé et l&apos;intervalle double.</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>{n} MB</source>
        <translation>{n}&#xa0;Mo</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n}&#xa0;Ko</translation>
    </message>
    <message>
        <source>before the first step</source>
        <translation>avant le premier pas</translation>
    </message>
    <message>
        <source>epoch {epoch}, batch {batch} of {batches}: its end</source>
        <translation>époque {epoch}, lot {batch} sur {batches} : sa fin</translation>
    </message>
    <message>
        <source>epoch {epoch}, batch {batch} of {batches}</source>
        <translation>époque {epoch}, lot {batch} sur {batches}</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>per frame</source>
        <translation>par image</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>pleine vitesse</translation>
    </message>
    <message>
        <source>{speed} steps/s</source>
        <translation>{speed} pas/s</translation>
    </message>
</context>
</TS>
