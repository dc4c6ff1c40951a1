<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnimationExport</name>
    <message>
        <source>exporting an animation needs the Pillow package: install it with “pip install Pillow” (it comes with ANN Studio&apos;s installers)</source>
        <translation>exportar una animación requiere el paquete Pillow: instálelo con «pip install Pillow» (viene con los instaladores de ANN Studio)</translation>
    </message>
    <message>
        <source>Rendering the animation…</source>
        <translation>Generando la animación…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Exportar animación</translation>
    </message>
    <message>
        <source>Writing the GIF…</source>
        <translation>Escribiendo el GIF…</translation>
    </message>
    <message>
        <source>step {step} of {steps}</source>
        <translation>paso {step} de {steps}</translation>
    </message>
    <message>
        <source>could not write the animation: {reason}</source>
        <translation>no se pudo escribir la animación: {reason}</translation>
    </message>
</context>
<context>
    <name>BatchTab</name>
    <message>
        <source>The lecture&apos;s loop computes one gradient per point (the Jacobian products) and averages them over the mini-batch; the engine computes zᵀ·δ for the whole batch in one matrix product. Both rows below must be the same numbers.</source>
        <translation>El bucle de la clase calcula un gradiente por punto (los productos de jacobianos) y los promedia sobre el minilote; el motor calcula zᵀ·δ para todo el lote en un solo producto de matrices. Las dos filas de abajo deben dar los mismos números.</translation>
    </message>
    <message>
        <source>training points from #</source>
        <translation>puntos de entrenamiento desde el n.º</translation>
    </message>
    <message>
        <source>Training points from number</source>
        <translation>Puntos de entrenamiento desde el número</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Count of training points</source>
        <translation>Cantidad de puntos de entrenamiento</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>The batch&apos;s values, one column per point</source>
        <translation>Los valores del lote, una columna por punto</translation>
    </message>
    <message>
        <source>No dataset: load one (or a lecture preset) to see a mini-batch.</source>
        <translation>No hay conjunto de datos: cargue uno (o un ejemplo de la clase) para ver un minilote.</translation>
    </message>
    <message>
        <source>point #{index} (y = {y}), L = {loss}</source>
        <translation>punto n.º {index} (y = {y}), L = {loss}</translation>
    </message>
    <message>
        <source>average of the rows above</source>
        <translation>media de las filas de arriba</translation>
    </message>
    <message>
        <source>vectorised batch gradient zᵀ·δ</source>
        <translation>gradiente vectorizado del lote zᵀ·δ</translation>
    </message>
    <message>
        <source>{n} points, batch loss {loss} (their mean). max |average − vectorised| over all layers = {diff} (this layer: {layer_diff}).</source>
        <translation>{n} puntos, pérdida del lote {loss} (su media). máx |media − vectorizado| en todas las capas = {diff} (esta capa: {layer_diff}).</translation>
    </message>
</context>
<context>
    <name>ChallengeBanner</name>
    <message>
        <source>Challenge</source>
        <translation>Reto</translation>
    </message>
    <message>
        <source>Challenge title</source>
        <translation>Título del reto</translation>
    </message>
    <message>
        <source>Locked fields</source>
        <translation>Campos bloqueados</translation>
    </message>
    <message>
        <source>Challenge task</source>
        <translation>Tarea del reto</translation>
    </message>
    <message>
        <source>Challenge: {title}</source>
        <translation>Reto: {title}</translation>
    </message>
    <message>
        <source>ranked by {measure}</source>
        <translation>clasificado por {measure}</translation>
    </message>
    <message>
        <source>(no task text)</source>
        <translation>(sin texto de la tarea)</translation>
    </message>
    <message>
        <source>Locked: {fields} (greyed; hover for why)</source>
        <translation>Bloqueado: {fields} (en gris; pase el ratón para ver por qué)</translation>
    </message>
    <message>
        <source>Nothing is locked.</source>
        <translation>No hay nada bloqueado.</translation>
    </message>
    <message>
        <source>{why}: a hand-in is refused</source>
        <translation>{why}: una entrega será rechazada</translation>
    </message>
    <message>
        <source>Within the challenge&apos;s limit</source>
        <translation>Dentro del límite del reto</translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <source>ANN Studio — New challenge</source>
        <translation>ANN Studio — Nuevo reto</translation>
    </message>
    <message>
        <source>What the students read</source>
        <translation>Lo que leen los estudiantes</translation>
    </message>
    <message>
        <source>Challenge title</source>
        <translation>Título del reto</translation>
    </message>
    <message>
        <source>The challenge&apos;s name, shown to every student (required)</source>
        <translation>El nombre del reto, que ve cada estudiante (obligatorio)</translation>
    </message>
    <message>
        <source>e.g. Two moons with at most 100 parameters</source>
        <translation>p. ej. Dos lunas con como máximo 100 parámetros</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Task text</source>
        <translation>Texto de la tarea</translation>
    </message>
    <message>
        <source>What the students are asked to do, in your words (several lines; Tab moves to the next field)</source>
        <translation>Lo que se pide a los estudiantes, con sus palabras (varias líneas; Tab pasa al campo siguiente)</translation>
    </message>
    <message>
        <source>e.g. Reach the best held-out accuracy you can.</source>
        <translation>p. ej. Consiga la mejor exactitud posible en los puntos reservados.</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>Tar&amp;ea:</translation>
    </message>
    <message>
        <source>The points</source>
        <translation>Los puntos</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Conjunto de datos:</translation>
    </message>
    <message>
        <source>Held-out share</source>
        <translation>Proporción reservada</translation>
    </message>
    <message>
        <source>The share of the points only your key keeps, to score the hand-ins on (above 0, at most 0.9)</source>
        <translation>La proporción de puntos que solo guarda su clave, para puntuar las entregas (mayor que 0, como máximo 0,9)</translation>
    </message>
    <message>
        <source>&amp;Held out:</source>
        <translation>&amp;Reservado:</translation>
    </message>
    <message>
        <source>Ranking measure</source>
        <translation>Medida de clasificación</translation>
    </message>
    <message>
        <source>What ranks the hand-ins, computed by you on the held-out points</source>
        <translation>Lo que ordena las entregas, calculado por usted en los puntos reservados</translation>
    </message>
    <message>
        <source>&amp;Ranked by:</source>
        <translation>&amp;Clasificar por:</translation>
    </message>
    <message>
        <source>about {m} of the {n} points go to your key; the students get the other {rest}</source>
        <translation>unos {m} de los {n} puntos van a su clave; los estudiantes reciben los otros {rest}</translation>
    </message>
    <message>
        <source>Limits (unticked: no limit)</source>
        <translation>Límites (sin marcar: sin límite)</translation>
    </message>
    <message>
        <source>Limit the parameters</source>
        <translation>Limitar los parámetros</translation>
    </message>
    <message>
        <source>Most parameters</source>
        <translation>Máximo de parámetros</translation>
    </message>
    <message>
        <source> parameters</source>
        <translation> parámetros</translation>
    </message>
    <message>
        <source>The most weights and biases a student&apos;s network may have</source>
        <translation>El máximo de pesos y sesgos que puede tener la red de un estudiante</translation>
    </message>
    <message>
        <source>Limit the epochs</source>
        <translation>Limitar las épocas</translation>
    </message>
    <message>
        <source>Most epochs</source>
        <translation>Máximo de épocas</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> épocas</translation>
    </message>
    <message>
        <source>The most epochs a student&apos;s run may train</source>
        <translation>El máximo de épocas que puede entrenar la ejecución de un estudiante</translation>
    </message>
    <message>
        <source>this experiment trains {n}</source>
        <translation>este experimento entrena {n}</translation>
    </message>
    <message>
        <source>this experiment trains until stopped</source>
        <translation>este experimento entrena hasta que se detiene</translation>
    </message>
    <message>
        <source>Optimizers allowed:</source>
        <translation>Optimizadores permitidos:</translation>
    </message>
    <message>
        <source>Hidden activations allowed:</source>
        <translation>Activaciones ocultas permitidas:</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Como máximo</translation>
    </message>
    <message>
        <source>this network has {n}</source>
        <translation>esta red tiene {n}</translation>
    </message>
    <message>
        <source>this network has {n}: students must make it smaller (unless the hidden layers are locked)</source>
        <translation>esta red tiene {n}: los estudiantes deben hacerla más pequeña (salvo que las capas ocultas estén bloqueadas)</translation>
    </message>
    <message>
        <source>Allow {name}</source>
        <translation>Permitir {name}</translation>
    </message>
    <message>
        <source>Students may use {name}; untick to forbid it (all ticked: no limit)</source>
        <translation>Los estudiantes pueden usar {name}; desmarque para prohibirlo (todo marcado: sin límite)</translation>
    </message>
    <message>
        <source>Locked fields (students may not change them; the reason is shown)</source>
        <translation>Campos bloqueados (los estudiantes no pueden cambiarlos; se muestra el motivo)</translation>
    </message>
    <message>
        <source>Lock {what}</source>
        <translation>Bloquear {what}</translation>
    </message>
    <message>
        <source>Students may not change {what}</source>
        <translation>Los estudiantes no pueden cambiar {what}</translation>
    </message>
    <message>
        <source>Reason for locking {what}</source>
        <translation>Motivo del bloqueo: {what}</translation>
    </message>
    <message>
        <source>The reason the students read for locking {what}</source>
        <translation>El motivo que leen los estudiantes para el bloqueo: {what}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the challenge</source>
        <translation>Guardar el reto</translation>
    </message>
    <message>
        <source>Choose where to write NAME.challenge (for the students); the key NAME.key is written beside it (for you only)  [Enter]</source>
        <translation>Elija dónde escribir NOMBRE.challenge (para los estudiantes); la clave NOMBRE.key se escribe a su lado (solo para usted)  [Intro]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without writing anything  [Esc]</source>
        <translation>Cerrar sin escribir nada  [Esc]</translation>
    </message>
</context>
<context>
    <name>ChallengeMaker</name>
    <message>
        <source>Save the challenge (the key is written beside it)</source>
        <translation>Guardar el reto (la clave se escribe a su lado)</translation>
    </message>
    <message>
        <source>Challenges (*{ext})</source>
        <translation>Retos (*{ext})</translation>
    </message>
    <message>
        <source>{name} already exists. Replace?</source>
        <translation>{name} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>{first} and {second} already exist. Replace?</source>
        <translation>{first} y {second} ya existen. ¿Reemplazarlos?</translation>
    </message>
    <message>
        <source>ANN Studio — Replace?</source>
        <translation>ANN Studio — ¿Reemplazar?</translation>
    </message>
    <message>
        <source>Hand-ins made for the old challenge could no longer be scored: the old key&apos;s held-out points would be gone.</source>
        <translation>Las entregas hechas para el reto anterior ya no se podrían puntuar: se perderían los puntos reservados de la clave anterior.</translation>
    </message>
    <message>
        <source>Challenge saved</source>
        <translation>Reto guardado</translation>
    </message>
    <message>
        <source>Give {challenge} to the students: it holds the task, the {n} points they train on, the locks and the limits, and none of the held-out points.</source>
        <translation>Entregue {challenge} a los estudiantes: contiene la tarea, los {n} puntos con los que entrenan, los bloqueos y los límites, y ninguno de los puntos reservados.</translation>
    </message>
    <message>
        <source>Keep {key} on this computer and never hand it out: it holds the {n} held-out points that score the hand-ins (Class ▸ Collect…).</source>
        <translation>Guarde {key} en este ordenador y no lo entregue nunca: contiene los {n} puntos reservados que puntúan las entregas (Clase ▸ Recoger…).</translation>
    </message>
    <message>
        <source>Both are in {folder}.</source>
        <translation>Ambos están en {folder}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Saved {challenge} for the students and {key} for you.</source>
        <translation>Se guardó {challenge} para los estudiantes y {key} para usted.</translation>
    </message>
</context>
<context>
    <name>ChildJob</name>
    <message>
        <source>the computation stopped unexpectedly (its process ended)</source>
        <translation>el cálculo se detuvo inesperadamente (su proceso terminó)</translation>
    </message>
</context>
<context>
    <name>ClassPlots</name>
    <message>
        <source>Training curves</source>
        <translation>Curvas de entrenamiento</translation>
    </message>
    <message>
        <source>Every hand-in&apos;s training loss; the selected one in colour</source>
        <translation>La pérdida de entrenamiento de cada entrega; la seleccionada en color</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>Training loss per epoch</source>
        <translation>Pérdida de entrenamiento por época</translation>
    </message>
    <message>
        <source>Parameters and held-out score</source>
        <translation>Parámetros y puntuación en los datos reservados</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>Capas ocultas</translation>
    </message>
    <message>
        <source>Parameters and score</source>
        <translation>Parámetros y puntuación</translation>
    </message>
    <message>
        <source>Each hand-in&apos;s network size and its score (crosses: flagged, not ranked); click a point to select it</source>
        <translation>El tamaño de la red de cada entrega y su puntuación (cruces: señaladas, sin clasificar); haga clic en un punto para seleccionarlo</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>Decision boundaries of the six best</source>
        <translation>Fronteras de decisión de las seis mejores</translation>
    </message>
    <message>
        <source>The decision boundaries of the six best ranked hand-ins, from their weights; click one to select it</source>
        <translation>Las fronteras de decisión de las seis entregas mejor clasificadas, calculadas a partir de sus pesos; haga clic en una para seleccionarla</translation>
    </message>
    <message>
        <source>What the class chose</source>
        <translation>Lo que eligió la clase</translation>
    </message>
    <message>
        <source>How many hand-ins chose each optimizer and each number of hidden layers; the selected one&apos;s choices in colour</source>
        <translation>Cuántas entregas eligieron cada optimizador y cada número de capas ocultas; las elecciones de la seleccionada en color</translation>
    </message>
    <message>
        <source>training loss (log scale)</source>
        <translation>pérdida de entrenamiento (escala log.)</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>{name}: {n} parameters, {measure} {score}</source>
        <translation>{name}: {n} parámetros, {measure} {score}</translation>
    </message>
    <message>
        <source>parameters (log scale)</source>
        <translation>parámetros (escala log.)</translation>
    </message>
    <message>
        <source>No hand-in is ranked yet: no boundaries to draw.</source>
        <translation>Todavía no hay ninguna entrega clasificada: no hay fronteras que dibujar.</translation>
    </message>
    <message>
        <source>Decision boundaries are drawn for two inputs; this challenge&apos;s data has 1 input.</source>
        <translation>Las fronteras de decisión se dibujan para dos entradas; los datos de este reto tienen 1 entrada.</translation>
    </message>
    <message>
        <source>Decision boundaries are drawn for two inputs; this challenge&apos;s data has {n} inputs.</source>
        <translation>Las fronteras de decisión se dibujan para dos entradas; los datos de este reto tienen {n} entradas.</translation>
    </message>
    <message>
        <source>{n} training curves, one per hand-in.</source>
        <translation>{n} curvas de entrenamiento, una por entrega.</translation>
    </message>
    <message>
        <source>{n} hand-ins scored; the best, {name}, has {params} parameters and {measure} {score}.</source>
        <translation>{n} entregas puntuadas; la mejor, {name}, tiene {params} parámetros y {measure} {score}.</translation>
    </message>
    <message>
        <source>{n} hand-ins scored.</source>
        <translation>{n} entregas puntuadas.</translation>
    </message>
    <message>
        <source>Boundaries of {names}.</source>
        <translation>Fronteras de {names}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Optimizers: {optimizers}. Hidden layers: {layers}.</source>
        <translation>Optimizadores: {optimizers}. Capas ocultas: {layers}.</translation>
    </message>
    <message>
        <source>{n} {name}</source>
        <translation>{n} × {name}</translation>
    </message>
    <message>
        <source>{n} with {k}</source>
        <translation>{n} con {k}</translation>
    </message>
</context>
<context>
    <name>ClassView</name>
    <message>
        <source>Class — {title} — ANN Studio</source>
        <translation>Clase — {title} — ANN Studio</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>The table as CSV for grading (numbers as numbers)</source>
        <translation>La tabla como CSV para calificar (los números como números)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>This whole window as a PNG picture, for slides</source>
        <translation>Esta ventana entera como imagen PNG, para diapositivas</translation>
    </message>
    <message>
        <source>Open hand-in</source>
        <translation>Abrir entrega</translation>
    </message>
    <message>
        <source>Open the selected hand-in&apos;s run in the main window (also: double-click or Enter); Save there asks for a new file</source>
        <translation>Abrir la ejecución de la entrega seleccionada en la ventana principal (también: doble clic o Intro); Guardar allí pide un archivo nuevo</translation>
    </message>
    <message>
        <source>What the class predicted (predict-then-check answers, per question)</source>
        <translation>Lo que predijo la clase (respuestas de «predecir y comprobar», por pregunta)</translation>
    </message>
    <message>
        <source>What the class predicted</source>
        <translation>Lo que predijo la clase</translation>
    </message>
    <message>
        <source>No predict-then-check answers in these hand-ins.</source>
        <translation>No hay respuestas de «predecir y comprobar» en estas entregas.</translation>
    </message>
    <message>
        <source>Class table</source>
        <translation>Tabla de la clase</translation>
    </message>
    <message>
        <source>Click a row to highlight its hand-in in the plots; double-click or Enter opens it in the main window</source>
        <translation>Haga clic en una fila para resaltar su entrega en los gráficos; doble clic o Intro la abre en la ventana principal</translation>
    </message>
    <message>
        <source>Select a hand-in in the table first.</source>
        <translation>Seleccione primero una entrega en la tabla.</translation>
    </message>
    <message>
        <source>it was refused ({reason})</source>
        <translation>fue rechazada ({reason})</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>its network cannot be built from its weights</source>
        <translation>su red no se puede construir a partir de sus pesos</translation>
    </message>
    <message>
        <source>there is no main window to open it in</source>
        <translation>no hay ninguna ventana principal en la que abrirla</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {why}</source>
        <translation>{name} no se puede abrir: {why}</translation>
    </message>
    <message>
        <source>{name}&apos;s hand-in</source>
        <translation>Entrega de {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s hand-in was not opened.</source>
        <translation>La entrega de {name} no se abrió.</translation>
    </message>
    <message>
        <source>Opened {name}&apos;s hand-in in the main window; Save there asks for a new file (the hand-in stays as it is).</source>
        <translation>Se abrió la entrega de {name} en la ventana principal; Guardar allí pide un archivo nuevo (la entrega queda como está).</translation>
    </message>
    <message>
        <source>Export the class table</source>
        <translation>Exportar la tabla de la clase</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>the table was not written: {reason}</source>
        <translation>la tabla no se escribió: {reason}</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>Se escribió {name}.</translation>
    </message>
    <message>
        <source>Export the class view as PNG</source>
        <translation>Exportar la vista de la clase como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Qt could not make the PNG picture</source>
        <translation>Qt no pudo crear la imagen PNG</translation>
    </message>
    <message>
        <source>the picture was not written: {reason}</source>
        <translation>la imagen no se escribió: {reason}</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Hand in</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>train the run first: a hand-in carries the trained weights and their loss history</source>
        <translation>entrene primero: una entrega lleva los pesos entrenados y su historial de pérdida</translation>
    </message>
    <message>
        <source>Hand in: choose the folder to hand in to</source>
        <translation>Entregar: elija la carpeta de entrega</translation>
    </message>
    <message>
        <source>Hand-in refused</source>
        <translation>Entrega rechazada</translation>
    </message>
    <message>
        <source>The hand-in is refused; nothing was written.</source>
        <translation>La entrega se rechaza; no se escribió nada.</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Handed in as {name}.</source>
        <translation>Entregado como {name}.</translation>
    </message>
    <message>
        <source>In the folder {folder}. You may hand in again: the latest counts.</source>
        <translation>En la carpeta {folder}. Puede volver a entregar: cuenta la última.</translation>
    </message>
    <message>
        <source>The hand-in is refused; nothing was sent.</source>
        <translation>La entrega se rechaza; no se envió nada.</translation>
    </message>
    <message>
        <source>Handing in</source>
        <translation>Entregando</translation>
    </message>
    <message>
        <source>Sending the hand-in to {address}…</source>
        <translation>Enviando la entrega a {address}…</translation>
    </message>
    <message>
        <source>You may hand in again: the latest counts.</source>
        <translation>Puede volver a entregar: cuenta la última.</translation>
    </message>
    <message>
        <source>Not handed in</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Hand in: choose the challenge</source>
        <translation>Entregar: elija el reto</translation>
    </message>
    <message>
        <source>Challenges (*{ext});;All files (*)</source>
        <translation>Retos (*{ext});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Collect: choose the teacher&apos;s key</source>
        <translation>Recoger: elija la clave del docente</translation>
    </message>
    <message>
        <source>Teacher&apos;s keys (*{ext});;All files (*)</source>
        <translation>Claves del docente (*{ext});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Collect: choose the .zip of hand-ins</source>
        <translation>Recoger: elija el .zip de entregas</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Archivos zip (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Collect: choose the folder of hand-ins</source>
        <translation>Recoger: elija la carpeta de entregas</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>Recoger</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <source>per step</source>
        <translation>por paso</translation>
    </message>
    <message>
        <source>Also draw every mini-batch&apos;s loss (grey)</source>
        <translation>Dibujar también la pérdida de cada minilote (gris)</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>escala log.</translation>
    </message>
    <message>
        <source>Loss on a logarithmic axis</source>
        <translation>Pérdida en un eje logarítmico</translation>
    </message>
    <message>
        <source>Loss and accuracy curves</source>
        <translation>Curvas de pérdida y exactitud</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>R² (1 = perfect)</source>
        <translation>R² (1 = perfecto)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entren.</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>(per epoch)</source>
        <translation>(por época)</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>pérdida {loss}</translation>
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
        <translation>clase {k}</translation>
    </message>
    <message>
        <source>Data and decision regions</source>
        <translation>Datos y regiones de decisión</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Discrete</source>
        <translation>Discreto</translation>
    </message>
    <message>
        <source>Show only the predicted class (no probability shading)</source>
        <translation>Mostrar solo la clase predicha (sin sombreado de probabilidad)</translation>
    </message>
    <message>
        <source>Test points</source>
        <translation>Puntos de prueba</translation>
    </message>
    <message>
        <source>Show the held-out test points (hollow)</source>
        <translation>Mostrar los puntos de prueba reservados (huecos)</translation>
    </message>
    <message>
        <source>back to the output</source>
        <translation>volver a la salida</translation>
    </message>
    <message>
        <source>Show the network&apos;s output again</source>
        <translation>Volver a mostrar la salida de la red</translation>
    </message>
    <message>
        <source>y (target)</source>
        <translation>y (objetivo)</translation>
    </message>
    <message>
        <source>PC1 and PC2 are the two directions along which the inputs vary most; the percentage is each one&apos;s share of the variance</source>
        <translation>PC1 y PC2 son las dos direcciones en las que más varían las entradas; el porcentaje es la parte de la varianza de cada una</translation>
    </message>
    <message>
        <source>{name}: {n} features, 2-D PCA of the standardised inputs (no boundary)</source>
        <translation>{name}: {n} variables, PCA 2-D de las entradas estandarizadas (sin frontera)</translation>
    </message>
    <message>
        <source>{name}: {n} features, 2-D PCA of the inputs (no boundary)</source>
        <translation>{name}: {n} variables, PCA 2-D de las entradas (sin frontera)</translation>
    </message>
    <message>
        <source>Decision boundary: p(class 1) = σ(u)</source>
        <translation>Frontera de decisión: p(clase 1) = σ(u)</translation>
    </message>
    <message>
        <source>Decision regions: the most likely class</source>
        <translation>Regiones de decisión: la clase más probable</translation>
    </message>
    <message>
        <source>Data and the network&apos;s prediction f(x)</source>
        <translation>Datos y la predicción de la red f(x)</translation>
    </message>
    <message>
        <source>colour = target value</source>
        <translation>color = valor objetivo</translation>
    </message>
    <message>
        <source>● filled: train &amp;nbsp;□ hollow: test</source>
        <translation>● relleno: entrenamiento &amp;nbsp;□ hueco: prueba</translation>
    </message>
    <message>
        <source>{n} points, {k} of them drawn (a random sample)</source>
        <translation>{n} puntos, {k} de ellos dibujados (una muestra aleatoria)</translation>
    </message>
    <message>
        <source>Data and decision regions, cursor at x₁ = {x1}, x₂ = {x2}</source>
        <translation>Datos y regiones de decisión, cursor en x₁ = {x1}; x₂ = {x2}</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Two moons</source>
        <translation>Dos lunas</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <source>XOR (quadrants)</source>
        <translation>XOR (cuadrantes)</translation>
    </message>
    <message>
        <source>Blobs (k classes)</source>
        <translation>Manchas (k clases)</translation>
    </message>
    <message>
        <source>Spirals (k classes)</source>
        <translation>Espirales (k clases)</translation>
    </message>
    <message>
        <source>Sine (1-D regression)</source>
        <translation>Seno (regresión 1-D)</translation>
    </message>
    <message>
        <source>Plane (2-D regression)</source>
        <translation>Plano (regresión 2-D)</translation>
    </message>
    <message>
        <source>Bumps (2-D regression)</source>
        <translation>Colinas (regresión 2-D)</translation>
    </message>
    <message>
        <source>Iris (150 × 4, 3 classes)</source>
        <translation>Iris (150 × 4, 3 clases)</translation>
    </message>
    <message>
        <source>Digits 8×8 (1797 × 64, 10 classes)</source>
        <translation>Dígitos 8×8 (1797 × 64, 10 clases)</translation>
    </message>
    <message>
        <source>Breast cancer (569 × 30, 2 classes)</source>
        <translation>Cáncer de mama (569 × 30, 2 clases)</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>number of points</source>
        <translation>número de puntos</translation>
    </message>
    <message>
        <source>Points n</source>
        <translation>Puntos n</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>Fracción de prueba</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Make the dataset again with these settings</source>
        <translation>Generar de nuevo el conjunto de datos con estos ajustes</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Features in columns, the label in the last column</source>
        <translation>Características en columnas, la etiqueta en la última columna</translation>
    </message>
    <message>
        <source>Standardise inputs (mean 0, std 1)</source>
        <translation>Estandarizar entradas (media 0, desv. 1)</translation>
    </message>
    <message>
        <source>The network gets x̃ = (x − mean) / std for every feature, with mean and std taken from the training points only.
Why: on equal scales one learning rate suits all weights; a feature in the thousands beside one below 1 would need very different steps.
The data view keeps showing your own units.</source>
        <translation>La red recibe x̃ = (x − mean) / std para cada característica, con la media y la desviación típica tomadas solo de los puntos de entrenamiento.
Por qué: con escalas iguales, una sola tasa de aprendizaje sirve para todos los pesos; una característica en los miles junto a otra menor que 1 necesitaría pasos muy distintos.
La vista de datos sigue mostrando tus propias unidades.</translation>
    </message>
    <message>
        <source>Standardise targets (mean 0, std 1)</source>
        <translation>Estandarizar objetivos (media 0, desv. 1)</translation>
    </message>
    <message>
        <source>Regression: the network learns ỹ = (y − mean) / std, with mean and std of the training targets, and predicts ŷ = z · std + mean.
Why: targets in the hundreds make the first SGD steps huge (the loss explodes); on the scale of 1 the usual learning rates work.
Losses, R² and predictions stay in your target&apos;s own units.</source>
        <translation>Regresión: la red aprende ỹ = (y − mean) / std, con la media y la desviación típica de los objetivos de entrenamiento, y predice ŷ = z · std + mean.
Por qué: objetivos en los cientos hacen enormes los primeros pasos de SGD (la pérdida explota); en la escala de 1 funcionan las tasas de aprendizaje habituales.
Las pérdidas, R² y las predicciones siguen en las unidades de tu objetivo.</translation>
    </message>
    <message>
        <source>Derived input features</source>
        <translation>Características de entrada derivadas</translation>
    </message>
    <message>
        <source>Add the input {feature} computed from x1, x2</source>
        <translation>Añadir la entrada {feature} calculada a partir de x1, x2</translation>
    </message>
    <message>
        <source>Click in the data view to</source>
        <translation>Clic en la vista de datos para</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <source>Left click adds a training point of the chosen class; right click removes the nearest point</source>
        <translation>El clic izquierdo añade un punto de entrenamiento de la clase elegida; el clic derecho quita el punto más cercano</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Click removes the nearest point</source>
        <translation>Un clic quita el punto más cercano</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspeccionar</translation>
    </message>
    <message>
        <source>Click picks a point (the inspector shows its numbers)</source>
        <translation>Un clic elige un punto (el inspector muestra sus números)</translation>
    </message>
    <message>
        <source>Class of the points you add</source>
        <translation>Clase de los puntos que añades</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>valor objetivo</translation>
    </message>
    <message>
        <source>Target value of the points you add (regression)</source>
        <translation>Valor objetivo de los puntos que añades (regresión)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>Drawn points</source>
        <translation>Puntos dibujados</translation>
    </message>
    <message>
        <source>binary classification</source>
        <translation>clasificación binaria</translation>
    </message>
    <message>
        <source>{n} classes</source>
        <translation>{n} clases</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>{train} training + {test} test points · {n} feature · {kind}</source>
        <translation>{train} puntos de entrenamiento + {test} de prueba · {n} característica · {kind}</translation>
    </message>
    <message>
        <source>{train} training + {test} test points · {n} features · {kind}</source>
        <translation>{train} puntos de entrenamiento + {test} de prueba · {n} características · {kind}</translation>
    </message>
    <message>
        <source>class {k}</source>
        <translation>clase {k}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>pick a generator or shipped dataset to regenerate</source>
        <translation>elige un generador o un conjunto de datos incluido para regenerar</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>line {no}: {why}</source>
        <translation>línea {no}: {why}</translation>
    </message>
    <message>
        <source>… and {n} more (Show Details)</source>
        <translation>… y {n} más (Mostrar detalles)</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Valores que faltan</translation>
    </message>
    <message>
        <source>{head} (missing values):</source>
        <translation>{head} (valores que faltan):</translation>
    </message>
    <message>
        <source>Drop this row and import the rest, or cancel and fill the cells in?</source>
        <translation>¿Descartar esta fila e importar el resto, o cancelar y rellenar las celdas?</translation>
    </message>
    <message>
        <source>Drop these {n} rows and import the rest, or cancel and fill the cells in?</source>
        <translation>¿Descartar estas {n} filas e importar el resto, o cancelar y rellenar las celdas?</translation>
    </message>
    <message>
        <source>Drop 1 row</source>
        <translation>Descartar 1 fila</translation>
    </message>
    <message>
        <source>Drop {n} rows</source>
        <translation>Descartar {n} filas</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Split the file&apos;s rows again with this test fraction and seed</source>
        <translation>Volver a dividir las filas del archivo con esta fracción de prueba y semilla</translation>
    </message>
    <message>
        <source>Drawn points have no test fraction: each point you add is a training point; pick a generator or import a CSV to split them</source>
        <translation>Los puntos dibujados no tienen fracción de prueba: cada punto que añades es de entrenamiento; elige un generador o importa un CSV para dividirlos</translation>
    </message>
    <message>
        <source>Drawn points have no seed: each point you add is a training point; pick a generator or import a CSV to split them</source>
        <translation>Los puntos dibujados no tienen semilla: cada punto que añades es de entrenamiento; elige un generador o importa un CSV para dividirlos</translation>
    </message>
    <message>
        <source>Dataset panel</source>
        <translation>Panel de datos</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>ANN Studio — Hand in to</source>
        <translation>ANN Studio — Entregar a</translation>
    </message>
    <message>
        <source>Hand in to:</source>
        <translation>Entregar a:</translation>
    </message>
    <message>
        <source>A folder your teacher collects from (a share, a USB stick…)</source>
        <translation>Una carpeta de la que recoge su docente (una carpeta compartida, una memoria USB…)</translation>
    </message>
    <message>
        <source>The teacher&apos;s computer, over the classroom&apos;s network</source>
        <translation>El ordenador del docente, por la red del aula</translation>
    </message>
    <message>
        <source>Write the hand-in file into a folder</source>
        <translation>Escribir el archivo de entrega en una carpeta</translation>
    </message>
    <message>
        <source>Send it to the address on the teacher&apos;s screen</source>
        <translation>Enviarlo a la dirección que muestra la pantalla del docente</translation>
    </message>
    <message>
        <source>The teacher&apos;s address</source>
        <translation>Dirección del docente</translation>
    </message>
    <message>
        <source>The address on the teacher&apos;s screen</source>
        <translation>La dirección que muestra la pantalla del docente</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Código de clase</translation>
    </message>
    <message>
        <source>The class code on the teacher&apos;s screen</source>
        <translation>El código de clase que muestra la pantalla del docente</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Class code:</source>
        <translation>Código de clase:</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>the engine process stopped unexpectedly</source>
        <translation>el proceso del motor se detuvo inesperadamente</translation>
    </message>
    <message>
        <source> (exit code {code})</source>
        <translation> (código de salida {code})</translation>
    </message>
    <message>
        <source>it exited before saying anything{exited}, {n} times in a row</source>
        <translation>terminó antes de decir nada{exited}, {n} veces seguidas</translation>
    </message>
    <message>
        <source>The engine process could not start: {why}</source>
        <translation>No se pudo iniciar el proceso del motor: {why}</translation>
    </message>
    <message>
        <source>the engine process stopped answering</source>
        <translation>el proceso del motor dejó de responder</translation>
    </message>
    <message>
        <source>The engine process (pid {pid}) has not answered for {seconds} s: it may be hung or stopped</source>
        <translation>El proceso del motor (pid {pid}) no ha respondido en {seconds} s: puede estar colgado o detenido</translation>
    </message>
</context>
<context>
    <name>EngineMessages</name>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>El entrenamiento divergió</translation>
    </message>
    <message>
        <source>Engine process stopped</source>
        <translation>El proceso del motor se detuvo</translation>
    </message>
    <message>
        <source>{why}. It was restarted with the last weights; press Run to continue.</source>
        <translation>{why}. Se reinició con los últimos pesos; pulsa Ejecutar para continuar.</translation>
    </message>
    <message>
        <source>not responding</source>
        <translation>no responde</translation>
    </message>
    <message>
        <source>ANN Studio — Engine not responding</source>
        <translation>ANN Studio — El motor no responde</translation>
    </message>
    <message>
        <source>Restart engine</source>
        <translation>Reiniciar motor</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>Seguir esperando</translation>
    </message>
    <message>
        <source>{why}. Restart it with the last weights? (Training pauses; press Run to continue.)</source>
        <translation>{why}. ¿Reiniciarlo con los últimos pesos? (El entrenamiento se pausa; pulsa Ejecutar para continuar.)</translation>
    </message>
    <message>
        <source>Engine not responding</source>
        <translation>El motor no responde</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>entrenando…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>Selected entry, with the numbers (click any cell)</source>
        <translation>Entrada seleccionada, con los números (haga clic en cualquier celda)</translation>
    </message>
    <message>
        <source>{name} is hidden: predict it first (the box above), or press Show it.</source>
        <translation>{name} está oculto: predígalo primero (el cuadro de arriba) o pulse Mostrarlo.</translation>
    </message>
    <message>
        <source>{entry}: backprop {grad}, finite difference {fd}, difference {diff}</source>
        <translation>{entry}: retropropagación {grad}, diferencia finita {fd}, diferencia {diff}</translation>
    </message>
    <message>
        <source>finite difference: {fd}, difference {diff}</source>
        <translation>diferencia finita: {fd}, diferencia {diff}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>ANN Studio files (*.annstudio *.challenge);;ANN Studio experiments (*.annstudio);;Challenges (*.challenge);;All files (*)</source>
        <translation>Archivos de ANN Studio (*.annstudio *.challenge);;Experimentos de ANN Studio (*.annstudio);;Retos (*.challenge);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>ANN Studio experiments (*.annstudio);;All files (*)</source>
        <translation>Experimentos de ANN Studio (*.annstudio);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the changes to {name} before closing it?</source>
        <translation>¿Guardar los cambios de {name} antes de cerrar?</translation>
    </message>
    <message>
        <source>ANN Studio then closes</source>
        <translation>después ANN Studio se cierra</translation>
    </message>
    <message>
        <source>Save the changes to {name} before starting a new experiment?</source>
        <translation>¿Guardar los cambios de {name} antes de empezar un experimento nuevo?</translation>
    </message>
    <message>
        <source>the lecture run then replaces it</source>
        <translation>después el ejemplo de la clase lo sustituye</translation>
    </message>
    <message>
        <source>Save the changes to {name} before opening another file?</source>
        <translation>¿Guardar los cambios de {name} antes de abrir otro archivo?</translation>
    </message>
    <message>
        <source>the file you choose then replaces it</source>
        <translation>después el archivo que elija lo sustituye</translation>
    </message>
    <message>
        <source>Save the changes to {name} before opening the lesson?</source>
        <translation>¿Guardar los cambios de {name} antes de abrir la lección?</translation>
    </message>
    <message>
        <source>the lesson then replaces it</source>
        <translation>después la lección lo sustituye</translation>
    </message>
    <message>
        <source>Save the changes to {name} before changing the dataset?</source>
        <translation>¿Guardar los cambios de {name} antes de cambiar los datos?</translation>
    </message>
    <message>
        <source>the new data then starts an untrained run</source>
        <translation>después los datos nuevos empiezan un entrenamiento desde cero</translation>
    </message>
    <message>
        <source>Save the changes to {name} before changing the network?</source>
        <translation>¿Guardar los cambios de {name} antes de cambiar la red?</translation>
    </message>
    <message>
        <source>the new network then starts untrained</source>
        <translation>después la red nueva empieza sin entrenar</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>ANN Studio — Save changes?</source>
        <translation>ANN Studio — ¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>Discard loses the trained weights, the loss history and every edit since the last save; {then}. Cancel keeps everything as it is.</source>
        <translation>Descartar pierde los pesos entrenados, el historial de la pérdida y todos los cambios desde el último guardado; {then}. Cancelar lo deja todo como está.</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>Abrir experimento</translation>
    </message>
    <message>
        <source>ANN Studio — Replace a different kind of file?</source>
        <translation>ANN Studio — ¿Sustituir un archivo de otro tipo?</translation>
    </message>
    <message>
        <source>{name} is {found}, not {wanted}. Replace it? Its contents will be lost.</source>
        <translation>{name} es {found}, no {wanted}. ¿Sustituirlo? Su contenido se perderá.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>Guardar experimento</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Error al guardar automáticamente: {error}</translation>
    </message>
    <message>
        <source>an untitled experiment</source>
        <translation>un experimento sin título</translation>
    </message>
    <message>
        <source>ANN Studio — Recover unsaved work?</source>
        <translation>ANN Studio — ¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>ANN Studio did not close properly last time. Recover the unsaved changes to {name} (autosaved {when})?</source>
        <translation>ANN Studio no se cerró correctamente la última vez. ¿Recuperar los cambios sin guardar de {name} (guardado automático {when})?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>No se puede recuperar</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Lessons are missing</source>
        <translation>Faltan las lecciones</translation>
    </message>
    <message>
        <source>Export PyTorch script (multi-GPU, torchrun)</source>
        <translation>Exportar script de PyTorch (varias GPU, torchrun)</translation>
    </message>
    <message>
        <source>Export PyTorch script</source>
        <translation>Exportar script de PyTorch</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Scripts de Python (*.py)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>{name} is the experiment open in this window; choose another name for the script</source>
        <translation>{name} es el experimento abierto en esta ventana; elija otro nombre para el script</translation>
    </message>
    <message>
        <source>Export loss history</source>
        <translation>Exportar historial de la pérdida</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save window as PNG</source>
        <translation>Guardar la ventana como PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>GradNormView</name>
    <message>
        <source>Gradient norm per layer ‖∂L/∂W_i‖ (mini-batch, sampled ~30×/s)</source>
        <translation>Norma del gradiente por capa ‖∂L/∂W_i‖ (minilote, muestreada ~30×/s)</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>escala log.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
</context>
<context>
    <name>HandinServer</name>
    <message>
        <source>{address} is not an IPv4 address of this computer</source>
        <translation>{address} no es una dirección IPv4 de este ordenador</translation>
    </message>
    <message>
        <source>port {port} on {address} is already in use (another hand-in server?); choose another port</source>
        <translation>el puerto {port} en {address} ya está en uso (¿otro servidor de entregas?); elija otro puerto</translation>
    </message>
    <message>
        <source>cannot receive hand-ins on {address}:{port}: {problem}</source>
        <translation>no se pueden recibir entregas en {address}:{port}: {problem}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About ANN Studio</source>
        <translation>Acerca de ANN Studio</translation>
    </message>
    <message>
        <source>Watch fully connected neural networks learn, step through backpropagation in the lecture&apos;s notation, and export the same model to PyTorch.</source>
        <translation>Observe cómo aprenden las redes neuronales totalmente conectadas, recorra la retropropagación paso a paso con la notación de la clase y exporte el mismo modelo a PyTorch.</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Notación</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Step-through inspector</source>
        <translation>Inspector paso a paso</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <source>Predict</source>
        <translation>Predecir</translation>
    </message>
    <message>
        <source>SGD step</source>
        <translation>Paso de SGD</translation>
    </message>
    <message>
        <source>Lecture numbering (1 = output)</source>
        <translation>Numeración de la clase (1 = salida)</translation>
    </message>
    <message>
        <source>PyTorch order (fc1 = input side)</source>
        <translation>Orden de PyTorch (fc1 = lado de entrada)</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>Minilote</translation>
    </message>
    <message>
        <source>Number layers as the lecture does (from the output) or as PyTorch does (fc1, fc2, … from the input)</source>
        <translation>Numerar las capas como en la clase (desde la salida) o como PyTorch (fc1, fc2, … desde la entrada)</translation>
    </message>
    <message>
        <source>Layer numbering</source>
        <translation>Numeración de las capas</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>cifras</translation>
    </message>
    <message>
        <source>Significant digits</source>
        <translation>Cifras significativas</translation>
    </message>
    <message>
        <source>Significant digits shown (hover a cell for the full value)</source>
        <translation>Cifras significativas mostradas (pase el ratón por una celda para ver el valor completo)</translation>
    </message>
    <message>
        <source>Follow live weights</source>
        <translation>Seguir los pesos en vivo</translation>
    </message>
    <message>
        <source>Checked: the inspector shows the network as it trains.
Unchecked: frozen at the weights it has now.</source>
        <translation>Marcado: el inspector muestra la red mientras entrena.
Sin marcar: congelado con los pesos actuales.</translation>
    </message>
    <message>
        <source>Predict, then check: each step hides the value it is about to show; type your prediction (or pick its sign) and the inspector grades it and shows the worked formula. Right within {rel} (or {abs} near zero).</source>
        <translation>Predecir y comprobar: cada paso oculta el valor que va a mostrar; escriba su predicción (o elija su signo) y el inspector la evalúa y muestra la fórmula desarrollada. Correcta dentro de un {rel} (o {abs} cerca de cero).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo {edit} (Ctrl+Z)</source>
        <translation>Deshacer {edit} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {edit} (Ctrl+Shift+Z)</source>
        <translation>Rehacer {edit} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>the network takes {n} input(s), the point has {m}</source>
        <translation>la red toma {n} entrada(s), el punto tiene {m}</translation>
    </message>
    <message>
        <source>set {entry} = {value}</source>
        <translation>fijar {entry} = {value}</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identidad</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>random, filter-normalised (Li et al. 2018)</source>
        <translation>aleatorias, normalizadas por filtro (Li et al. 2018)</translation>
    </message>
    <message>
        <source>PCA of the recorded path</source>
        <translation>PCA de la trayectoria registrada</translation>
    </message>
    <message>
        <source>Press Compute map.</source>
        <translation>Pulse «Calcular mapa».</translation>
    </message>
    <message>
        <source>decision boundary at the chosen weights</source>
        <translation>frontera de decisión con los pesos elegidos</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Random: two Gaussian directions, each unit&apos;s weights scaled to the unit&apos;s own norm. PCA: the two directions along which the recorded path moved most.</source>
        <translation>Aleatorias: dos direcciones gaussianas, con los pesos de cada neurona escalados a su propia norma. PCA: las dos direcciones en las que más se movió la trayectoria registrada.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source> × same</source>
        <translation> × igual</translation>
    </message>
    <message>
        <source>Compute map</source>
        <translation>Calcular mapa</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Go back to the weights before the last click on the map</source>
        <translation>Volver a los pesos anteriores al último clic en el mapa</translation>
    </message>
    <message>
        <source>log₁₀ training loss over the plane</source>
        <translation>log₁₀ de la pérdida de entrenamiento sobre el plano</translation>
    </message>
    <message>
        <source>α (along d₁)</source>
        <translation>α (a lo largo de d₁)</translation>
    </message>
    <message>
        <source>β (along d₂)</source>
        <translation>β (a lo largo de d₂)</translation>
    </message>
    <message>
        <source>No map yet: press Compute map.</source>
        <translation>Aún no hay mapa: pulse «Calcular mapa».</translation>
    </message>
    <message>
        <source>PCA directions need a recorded path: train first, or choose random directions.</source>
        <translation>Las direcciones PCA necesitan una trayectoria registrada: entrene primero o elija direcciones aleatorias.</translation>
    </message>
    <message>
        <source>computing the map…</source>
        <translation>calculando el mapa…</translation>
    </message>
    <message>
        <source>; the path&apos;s variance along d₁, d₂: {p1}%, {p2}%</source>
        <translation>; varianza de la trayectoria a lo largo de d₁, d₂: {p1}&#xa0;% y {p2}&#xa0;%</translation>
    </message>
    <message>
        <source>The white line is the path of the run (square: its start).</source>
        <translation>La línea blanca es la trayectoria del entrenamiento (cuadrado: su inicio).</translation>
    </message>
    <message>
        <source>Loss at the current weights (×): {loss}; lowest on the map {lowest}{explained}.{path} Click the map to move the weights there.</source>
        <translation>Pérdida con los pesos actuales (×): {loss}; la más baja del mapa {lowest}{explained}.{path} Haga clic en el mapa para llevar los pesos allí.</translation>
    </message>
    <message>
        <source>Weights set: training loss {loss} (Undo goes back).</source>
        <translation>Pesos fijados: pérdida de entrenamiento {loss} («Deshacer» vuelve atrás).</translation>
    </message>
    <message>
        <source>Weights set at α = {alpha}, β = {beta}: training loss {loss} (Undo goes back).</source>
        <translation>Pesos fijados en α = {alpha}; β = {beta}: pérdida de entrenamiento {loss} («Deshacer» vuelve atrás).</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>ANN Studio will speak {language} when you start it again.</source>
        <translation>ANN Studio estará en {language} la próxima vez que lo inicie.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language of this computer, where ANN Studio speaks it; else English</source>
        <translation>El idioma de este ordenador, si ANN Studio lo ofrece; si no, inglés</translation>
    </message>
    <message>
        <source>ANN Studio in {language}, from its next start</source>
        <translation>ANN Studio en {language}, desde el próximo inicio</translation>
    </message>
</context>
<context>
    <name>LayerView</name>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Which layer to look at (lecture numbering: layer 1 is the output layer)</source>
        <translation>Qué capa mirar (numeración de la clase: la capa 1 es la capa de salida)</translation>
    </message>
    <message>
        <source>Each neuron over the input plane (click one)</source>
        <translation>Cada neurona sobre el plano de entrada (haga clic en una)</translation>
    </message>
    <message>
        <source>Samples × neurons (sorted by class)</source>
        <translation>Muestras × neuronas (ordenadas por clase)</translation>
    </message>
    <message>
        <source>W (inputs × neurons)</source>
        <translation>W (entradas × neuronas)</translation>
    </message>
    <message>
        <source>{layer} (output): {inputs} → {neurons}, {act}</source>
        <translation>{layer} (salida): {inputs} → {neurons}, {act}</translation>
    </message>
    <message>
        <source>{layer} (hidden): {inputs} → {neurons}, {act}</source>
        <translation>{layer} (oculta): {inputs} → {neurons}, {act}</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Each neuron z along x1, one strip per neuron (±{scale}; click one to enlarge)</source>
        <translation>Cada neurona z a lo largo de x1, una franja por neurona (±{scale}; haga clic para ampliar)</translation>
    </message>
    <message>
        <source>Each neuron z over the input plane (±{scale}; click one to enlarge)</source>
        <translation>Cada neurona z sobre el plano de entrada (±{scale}; haga clic para ampliar)</translation>
    </message>
    <message>
        <source>The output layer: see the data view.</source>
        <translation>La capa de salida: vea la vista de datos.</translation>
    </message>
    <message>
        <source>Drawn for 1 or 2 input features; this network has {n}.</source>
        <translation>Se dibuja para 1 o 2 variables de entrada; esta red tiene {n}.</translation>
    </message>
    <message>
        <source>Each neuron over the input plane</source>
        <translation>Cada neurona sobre el plano de entrada</translation>
    </message>
    <message>
        <source>{samples} samples × {neurons} neurons (by target; ±{scale})</source>
        <translation>{samples} muestras × {neurons} neuronas (por objetivo; ±{scale})</translation>
    </message>
    <message>
        <source>{samples} samples × {neurons} neurons (by class; ±{scale})</source>
        <translation>{samples} muestras × {neurons} neuronas (por clase; ±{scale})</translation>
    </message>
    <message>
        <source>{name}: {inputs} inputs × {neurons} neurons (±{scale})</source>
        <translation>{name}: {inputs} entradas × {neurons} neuronas (±{scale})</translation>
    </message>
    <message>
        <source>orange &lt; 0 &lt; blue</source>
        <translation>naranja &lt; 0 &lt; azul</translation>
    </message>
</context>
<context>
    <name>LecturePresets</name>
    <message>
        <source>¬XOR by hand (lecture §2)</source>
        <translation>¬XOR a mano (clase §2)</translation>
    </message>
    <message>
        <source>Lecture moons (§4)</source>
        <translation>Lunas de la clase (§4)</translation>
    </message>
    <message>
        <source>Lecture presets</source>
        <translation>Ejemplos de clase</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>¬XOR by hand (lecture §2)</source>
        <translation>¬XOR a mano (curso §2)</translation>
    </message>
    <message>
        <source>The lecture&apos;s hand-set network: two inputs, a hidden layer of two ReLU units and a σ output, with W₂ = [[1, −1], [−1, 1]], b₂ = (0, 0), W₁ = [[−1], [−1]], b₁ = 1/2. The plots call the inputs x1 and x2 (the lecture calls them x₀ and x₁). The hidden units compute max(x1 − x2, 0) and max(x2 − x1, 0), so the output is σ(1/2) ≈ 0.62 for (0,0) and (1,1) and σ(−1/2) ≈ 0.38 for (1,0) and (0,1): points with equal coordinates are class 1. Step through one point in the inspector to see every u and z of the lecture. Numbering: the lecture&apos;s worked ¬XOR example and its backprop derivation give u and z an index one higher than its code: uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ with output z₁ (it writes u₃,₀ = x₀ − x₁). ANN Studio follows the lecture&apos;s code: uᵢ = zᵢWᵢ + bᵢ with output z₀, so the example&apos;s u₃ is u₂ here and its z₁ is z₀. The weights W₂, b₂, W₁, b₁ have the same names in both. Then press Run: in 50 epochs SGD pushes the outputs apart (equal coordinates towards 1, the others towards 0) and the loss falls from 0.47 to 0.35.</source>
        <translation>La red ajustada a mano del curso: dos entradas, una capa oculta de dos neuronas ReLU y una salida σ, con W₂ = [[1, −1], [−1, 1]], b₂ = (0, 0), W₁ = [[−1], [−1]], b₁ = 1/2. Los gráficos llaman a las entradas x1 y x2 (el curso las llama x₀ y x₁). Las neuronas ocultas calculan max(x1 − x2, 0) y max(x2 − x1, 0), así que la salida es σ(1/2) ≈ 0,62 para (0, 0) y (1, 1) y σ(−1/2) ≈ 0,38 para (1, 0) y (0, 1): los puntos con coordenadas iguales son de la clase 1. Recorre un punto paso a paso en el inspector para ver cada u y z del curso. Numeración: el ejemplo resuelto de ¬XOR del curso y su derivación de la retropropagación dan a u y z un índice una unidad mayor que su código: uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ con la salida z₁ (escribe u₃,₀ = x₀ − x₁). ANN Studio sigue el código del curso: uᵢ = zᵢWᵢ + bᵢ con la salida z₀, así que el u₃ del ejemplo es aquí u₂ y su z₁ es z₀. Los pesos W₂, b₂, W₁, b₁ se llaman igual en ambos. Después pulsa Ejecutar: en 50 épocas SGD separa las salidas (las coordenadas iguales hacia 1, las demás hacia 0) y la pérdida baja de 0,47 a 0,35.</translation>
    </message>
    <message>
        <source>Two moons with SGD (lecture §4)</source>
        <translation>Dos lunas con SGD (curso §4)</translation>
    </message>
    <message>
        <source>The lecture&apos;s run: 500 two-moons points with noise 0.1 (what the lecture&apos;s printed points fit), all of them used for training as in the lecture (no test set), a 2 → 20 → 40 → 20 → 1 network with ReLU hidden layers and a σ output, mini-batches of 10, plain SGD with learning rate 0.015 for 50 epochs. The loss starts at about 0.69 (= log 2, a network that says 1/2 everywhere) and creeps for 10 to 20 epochs while the small initial weights grow (still above 0.66 at epoch 10 on every seed), then falls to about 0.24 by epoch 50. The lecture shows 0.35 by epoch 15: that was a lucky initialisation — its own code gives a median of 0.68 at epoch 15 over 40 seeds, and here the median over ten seeds is 0.66. After 50 epochs the boundary is still nearly a straight line (about 89 % of the points right); keep training and it bends around the moons: on most seeds 99 % by epoch 150.</source>
        <translation>La ejecución del curso: 500 puntos de las dos lunas con ruido 0,1 (con el que encajan los puntos impresos en el curso), todos usados para entrenar como en el curso (sin conjunto de prueba), una red 2 → 20 → 40 → 20 → 1 con capas ocultas ReLU y salida σ, minilotes de 10, SGD simple con tasa de aprendizaje 0,015 durante 50 épocas. La pérdida empieza en torno a 0,69 (= log 2, una red que dice 1/2 en todas partes) y avanza muy despacio durante 10 a 20 épocas mientras crecen los pequeños pesos iniciales (todavía por encima de 0,66 en la época 10 con todas las semillas); después baja a unos 0,24 hacia la época 50. El curso muestra 0,35 en la época 15: fue una inicialización afortunada — su propio código da una mediana de 0,68 en la época 15 sobre 40 semillas, y aquí la mediana sobre diez semillas es 0,66. Tras 50 épocas la frontera de decisión sigue siendo casi una recta (alrededor del 89 % de los puntos bien clasificados); sigue entrenando y se curva alrededor de las lunas: con la mayoría de las semillas, 99 % hacia la época 150.</translation>
    </message>
    <message>
        <source>Two moons with the lecture&apos;s momentum</source>
        <translation>Dos lunas con el momento del curso</translation>
    </message>
    <message>
        <source>The same network and data, trained with the lecture&apos;s momentum: ΔW_t = (1 − η)ΔW_{t−1} + η∇Q(W_t), W ← W − αΔW_t with α = 0.04 and η = 0.7, for 30 epochs. The loss falls much sooner than in the SGD lesson (about 0.26 at epoch 15, against 0.66) — but not because of the averaging: the convex form (1 − η)ΔW + η∇ never makes a step larger than the gradient&apos;s, and plain SGD with lr 0.04 gives nearly the same curve (within 0.01 at epoch 15 on every seed). The speed-up is only α = 0.04 &gt; 0.015. Switch the optimizer to SGD with lr 0.04 and compare. (The lecture&apos;s own momentum run rises in its first epoch because its code flips the sign of the first step; the app implements the formula.)</source>
        <translation>La misma red y los mismos datos, entrenados con el momento del curso: ΔW_t = (1 − η)ΔW_{t−1} + η∇Q(W_t), W ← W − αΔW_t con α = 0,04 y η = 0,7, durante 30 épocas. La pérdida baja mucho antes que en la lección de SGD (unos 0,26 en la época 15, frente a 0,66) — pero no por el promedio: la forma convexa (1 − η)ΔW + η∇ nunca da un paso mayor que el del gradiente, y SGD simple con lr 0,04 da casi la misma curva (a menos de 0,01 en la época 15 con todas las semillas). La aceleración se debe solo a α = 0,04 &gt; 0,015. Cambia el optimizador a SGD con lr 0,04 y compara. (La ejecución con momento del propio curso sube en su primera época porque su código invierte el signo del primer paso; la aplicación implementa la fórmula.)</translation>
    </message>
    <message>
        <source>Two moons with Adagrad</source>
        <translation>Dos lunas con Adagrad</translation>
    </message>
    <message>
        <source>Adagrad divides each gradient component by the square root of the running sum of its squares: G ← G + ∇², W ← W − η∇/(√G + ε). Components that have seen large gradients take smaller steps, rarely-updated ones keep larger steps. G only grows, so each component&apos;s step η/(√G + ε) can only shrink. Here η = 0.05 on the lecture&apos;s moons for 30 epochs: the loss falls below 0.1 on every seed, to about 0.003 on most. (The lecture writes the update with +, which would climb the loss: a typo; its code puts ε inside the root, √(G + ε).)</source>
        <translation>Adagrad divide cada componente del gradiente entre la raíz cuadrada de la suma acumulada de sus cuadrados: G ← G + ∇², W ← W − η∇/(√G + ε). Las componentes que han visto gradientes grandes dan pasos más pequeños; las que se actualizan poco conservan pasos mayores. G solo crece, así que el paso η/(√G + ε) de cada componente solo puede encogerse. Aquí η = 0,05 sobre las lunas del curso durante 30 épocas: la pérdida baja de 0,1 con todas las semillas, hasta unos 0,003 con la mayoría. (El curso escribe la actualización con +, que haría subir la pérdida: una errata; su código pone ε dentro de la raíz, √(G + ε).)</translation>
    </message>
    <message>
        <source>Two moons with RMSProp</source>
        <translation>Dos lunas con RMSProp</translation>
    </message>
    <message>
        <source>RMSProp replaces Adagrad&apos;s ever-growing sum by a decaying average, v ← γv + (1 − γ)∇², W ← W − η∇/(√v + ε), so the step size does not shrink to nothing. Here torch&apos;s per-component form with η = 0.002 and γ = 0.99 (torch calls γ alpha) for 30 epochs: the loss falls below 0.02, to about 0.004 on most seeds. Switch the optimizer to &apos;RMSProp (lecture form)&apos; to try the lecture&apos;s variant with one v per weight matrix.</source>
        <translation>RMSProp sustituye la suma siempre creciente de Adagrad por una media que se desvanece, v ← γv + (1 − γ)∇², W ← W − η∇/(√v + ε), de modo que el tamaño del paso no se reduce a nada. Aquí la forma por componentes de torch con η = 0,002 y γ = 0,99 (torch llama alpha a γ) durante 30 épocas: la pérdida baja de 0,02, hasta unos 0,004 con la mayoría de las semillas. Cambia el optimizador a «RMSProp (forma del curso)» para probar la variante del curso con un v por matriz de pesos.</translation>
    </message>
    <message>
        <source>Two moons with Adam</source>
        <translation>Dos lunas con Adam</translation>
    </message>
    <message>
        <source>Adam combines momentum (an average m of the gradients) with RMSProp&apos;s scaling (an average v of their squares), both bias-corrected: W ← W − lr·m̂/(√v̂ + ε). It is not the lecture&apos;s training loop (that is plain SGD): the lecture lists it among the other optimizers torch offers. With lr = 0.002 the loss is below 0.25 by epoch 15 and below 0.04 by epoch 30 (about 0.007 on most seeds). Try lr = 0.0005: too small a step, still about 0.16 at epoch 30. Try lr = 0.01: the loss drops fastest (below 0.02 by epoch 10) but the curve is jagged: steps too large for the valley overshoot and the loss climbs back up now and then.</source>
        <translation>Adam combina el momento (una media m de los gradientes) con el escalado de RMSProp (una media v de sus cuadrados), ambos con corrección de sesgo: W ← W − lr·m̂/(√v̂ + ε). No es el bucle de entrenamiento del curso (que es SGD simple): el curso lo menciona entre los demás optimizadores que ofrece torch. Con lr = 0,002 la pérdida está por debajo de 0,25 en la época 15 y por debajo de 0,04 en la época 30 (unos 0,007 con la mayoría de las semillas). Prueba lr = 0,0005: un paso demasiado pequeño, todavía unos 0,16 en la época 30. Prueba lr = 0,01: la pérdida baja lo más rápido (por debajo de 0,02 en la época 10), pero la curva es irregular: los pasos demasiado grandes para el valle se pasan de largo y la pérdida vuelve a subir de vez en cuando.</translation>
    </message>
    <message>
        <source>XOR without a hidden layer (it cannot work)</source>
        <translation>XOR sin capa oculta (no puede funcionar)</translation>
    </message>
    <message>
        <source>A network with no hidden layer is logistic regression: σ(x W + b) is above 1/2 on one side of the straight line x W + b = 0. XOR&apos;s classes sit in opposite quadrants, and no single line separates them — at best it gets three quadrants right (75 %), and gradient descent stays near 50 % with the loss stuck close to log 2 ≈ 0.69. Add the derived feature x1·x2 and it is above 90 % within 5 epochs; add one hidden layer of 8 ReLU units instead and, on most seeds, it climbs past 90 % within 30 epochs (a run whose units die stays lower: try another seed).</source>
        <translation>Una red sin capa oculta es una regresión logística: σ(x W + b) es mayor que 1/2 a un lado de la recta x W + b = 0. Las clases de XOR están en cuadrantes opuestos y ninguna recta sola las separa — como mucho acierta tres cuadrantes (75 %), y el descenso del gradiente se queda cerca del 50 % con la pérdida atascada cerca de log 2 ≈ 0,69. Añade la característica derivada x1·x2 y supera el 90 % en 5 épocas; añade en su lugar una capa oculta de 8 neuronas ReLU y, con la mayoría de las semillas, pasa del 90 % en 30 épocas (una ejecución cuyas neuronas mueren se queda más abajo: prueba otra semilla).</translation>
    </message>
    <message>
        <source>Spirals need depth</source>
        <translation>Las espirales necesitan profundidad</translation>
    </message>
    <message>
        <source>Three interleaved spiral arms. A single hidden layer of 4 ReLU units (27 parameters) can only bend the boundary a few times and stays near 60 % of the training points. Three layers of 16 units (643 parameters) pass 95 % within 15 epochs, because each layer folds the plane again. Is it just the number of parameters? One layer of 107 units has as many (645), yet at epoch 10 it gets about 10 % fewer of the points right. Change the hidden layers and compare the decision boundaries.</source>
        <translation>Tres brazos de espiral entrelazados. Una sola capa oculta de 4 neuronas ReLU (27 parámetros) solo puede curvar la frontera unas pocas veces y se queda en torno al 60 % de los puntos de entrenamiento. Tres capas de 16 neuronas (643 parámetros) superan el 95 % en 15 épocas, porque cada capa vuelve a plegar el plano. ¿Es solo cuestión del número de parámetros? Una capa de 107 neuronas tiene los mismos (645) y, sin embargo, en la época 10 acierta alrededor de un 10 % menos de los puntos. Cambia las capas ocultas y compara las fronteras de decisión.</translation>
    </message>
    <message>
        <source>Deep sigmoid networks and vanishing gradients</source>
        <translation>Redes sigmoides profundas y gradientes que se desvanecen</translation>
    </message>
    <message>
        <source>Eight hidden layers of 10 σ units on the moons. σ&apos;(u) = σ(u)σ(−u) is at most 1/4, and backpropagation multiplies one such factor (and a Wᵀ) per layer, so the gradient reaching the first layer is more than a thousand times smaller than at the output: look at the per-layer gradient norms. The loss hardly moves from log 2 in 30 epochs. Switch the hidden activations to ReLU (or keep two σ layers) and the same training brings the loss below 0.35.</source>
        <translation>Ocho capas ocultas de 10 neuronas σ sobre las lunas. σ&apos;(u) = σ(u)σ(−u) vale como mucho 1/4, y la retropropagación multiplica por uno de esos factores (y por una Wᵀ) en cada capa, así que el gradiente que llega a la primera capa es más de mil veces menor que en la salida: mira las normas del gradiente por capa. La pérdida apenas se mueve de log 2 en 30 épocas. Cambia las activaciones ocultas a ReLU (o deja solo dos capas σ) y el mismo entrenamiento baja la pérdida de 0,35.</translation>
    </message>
    <message>
        <source>Regression of a noisy sine</source>
        <translation>Regresión de un seno con ruido</translation>
    </message>
    <message>
        <source>200 points y = sin(x) + noise (std 0.1) on [−3, 3], a 1 → 20 → 20 → 1 network with tanh hidden units and an identity output, mean squared error, Adam with lr = 0.01. The curve first fits a straight line, then bends to the sine. The loss comes down to about 0.015 by epoch 100, close to the noise variance 0.01 and (on almost every seed) not below it — fitting far below that would be fitting the noise. R² is shown instead of accuracy.</source>
        <translation>200 puntos y = sin(x) + ruido (desviación típica 0,1) en [−3, 3], una red 1 → 20 → 20 → 1 con neuronas ocultas tanh y salida identidad, error cuadrático medio, Adam con lr = 0,01. La curva primero se ajusta como una recta y luego se curva hacia el seno. La pérdida baja a unos 0,015 hacia la época 100, cerca de la varianza del ruido 0,01 y (con casi todas las semillas) no por debajo de ella — ajustar muy por debajo sería ajustar el ruido. Se muestra R² en lugar de la exactitud.</translation>
    </message>
    <message>
        <source>Misconception: a bigger learning rate is always faster</source>
        <translation>Idea errónea: una tasa de aprendizaje mayor siempre es más rápida</translation>
    </message>
    <message>
        <source>The learning rate is the length of each step downhill. The lecture&apos;s lr = 0.015 crawls at first. So bigger must be better? Predict each run, then run and see. Too long a step jumps over the valley and the loss goes up and down without getting anywhere; the fastest rate is large, but not too large.</source>
        <translation>La tasa de aprendizaje es la longitud de cada paso cuesta abajo. Con el lr = 0,015 del curso se avanza muy despacio al principio. ¿Entonces cuanto mayor, mejor? Predice cada ejecución y luego ejecuta y comprueba. Un paso demasiado largo salta por encima del valle y la pérdida sube y baja sin llegar a ninguna parte; la tasa más rápida es grande, pero no demasiado.</translation>
    </message>
    <message>
        <source>Misconception: starting from zero weights works</source>
        <translation>Idea errónea: empezar con pesos cero funciona</translation>
    </message>
    <message>
        <source>Why does the lecture start from small random weights, 0.1·N(0, 1), and not simply from zero? With every weight 0, every hidden unit of a layer computes the same u, gets the same gradient and stays the same as its neighbours — and with ReLU, u = 0 sits where the gradient h(0) is 0, so no weight ever moves: only the output&apos;s bias learns, and all it can learn is the share of each class. Predict what a run does, then check.</source>
        <translation>¿Por qué el curso empieza con pesos aleatorios pequeños, 0,1·N(0, 1), y no simplemente con cero? Con todos los pesos a 0, cada neurona oculta de una capa calcula el mismo u, recibe el mismo gradiente y sigue igual que sus vecinas — y con ReLU, u = 0 está justo donde el gradiente h(0) vale 0, así que ningún peso se mueve nunca: solo aprende el sesgo de la salida, y lo único que puede aprender es la proporción de cada clase. Predice qué hace una ejecución y luego compruébalo.</translation>
    </message>
    <message>
        <source>Misconception: more neurons are always better</source>
        <translation>Idea errónea: más neuronas siempre es mejor</translation>
    </message>
    <message>
        <source>A bigger network can fit more, so it should always be better? Here are 400 noisy moon points; the network trains on only 50 of them, the other 350 are a test set it never sees. A network with 2 × 64 hidden units fits the training points better — and the test points worse: it learns the noise of the 50 points it sees, and its test loss grows while it becomes sure of wrong answers. A small network can do better where it counts.</source>
        <translation>Una red más grande puede ajustar más, así que ¿siempre debería ser mejor? Aquí hay 400 puntos de lunas con ruido; la red entrena solo con 50 de ellos, y los otros 350 son un conjunto de prueba que nunca ve. Una red con 2 × 64 neuronas ocultas se ajusta mejor a los puntos de entrenamiento — y peor a los de prueba: aprende el ruido de los 50 puntos que ve, y su pérdida de prueba crece mientras se vuelve segura de respuestas erróneas. Una red pequeña puede hacerlo mejor donde importa.</translation>
    </message>
    <message>
        <source>Misconception: the training loss always goes down</source>
        <translation>Idea errónea: la pérdida de entrenamiento siempre baja</translation>
    </message>
    <message>
        <source>Gradient descent steps downhill, so the loss can only fall? Each step follows the gradient of one mini-batch of 10 points, not of the whole set, and a step can overshoot. Watch the &apos;per step&apos; curve and the epoch curve: predict, then run.</source>
        <translation>El descenso del gradiente baja la pendiente, así que ¿la pérdida solo puede bajar? Cada paso sigue el gradiente de un minilote de 10 puntos, no el del conjunto completo, y un paso puede pasarse de largo. Observa la curva «por paso» y la curva por época: predice y luego ejecuta.</translation>
    </message>
    <message>
        <source>Race: the lecture&apos;s optimizers from the same start</source>
        <translation>Carrera: los optimizadores del curso desde el mismo punto de partida</translation>
    </message>
    <message>
        <source>The lecture&apos;s five optimizers race on the lecture&apos;s moons (500 points, noise 0.1; 2 → 20 → 40 → 20 → 1 with ReLU and a σ output; batches of 10), each with the settings of its own lesson: SGD lr 0.015, the lecture&apos;s momentum α 0.04 η 0.7, Adagrad lr 0.05, RMSProp lr 0.002 and Adam lr 0.002. All five start from the same initial weights and see the same mini-batches in the same order, so their curves differ only by the optimizer: all start at the same loss, near log 2 ≈ 0.69. Open Compare → Optimizer race… and press Start race (30 epochs); on the command line, annstudio race with one --racer &quot;NAME k=v&quot; per optimizer does the same. Predict before you start: which racers are still above loss 0.1 at the end?</source>
        <translation>Los cinco optimizadores del curso compiten sobre las lunas del curso (500 puntos, ruido 0,1; 2 → 20 → 40 → 20 → 1 con ReLU y salida σ; lotes de 10), cada uno con los ajustes de su propia lección: SGD lr 0,015, el momento del curso α 0,04 η 0,7, Adagrad lr 0,05, RMSProp lr 0,002 y Adam lr 0,002. Los cinco parten de los mismos pesos iniciales y ven los mismos minilotes en el mismo orden, así que sus curvas solo difieren por el optimizador: todas empiezan en la misma pérdida, cerca de log 2 ≈ 0,69. Abre Comparar → Carrera de optimizadores… y pulsa Iniciar carrera (30 épocas); en la línea de comandos, annstudio race con un --racer &quot;NAME k=v&quot; por optimizador hace lo mismo. Predice antes de empezar: ¿qué participantes siguen por encima de una pérdida de 0,1 al final?</translation>
    </message>
    <message>
        <source>After 30 epochs, which racers are still above a training loss of 0.1?</source>
        <translation>Tras 30 épocas, ¿qué participantes siguen por encima de una pérdida de entrenamiento de 0,1?</translation>
    </message>
    <message>
        <source>None of them</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>SGD and the lecture&apos;s momentum</source>
        <translation>SGD y el momento del curso</translation>
    </message>
    <message>
        <source>Only SGD</source>
        <translation>Solo SGD</translation>
    </message>
    <message>
        <source>All but Adam</source>
        <translation>Todos menos Adam</translation>
    </message>
    <message>
        <source>On every seed SGD (median 0.30) and the lecture&apos;s momentum (median 0.22) are still far above 0.1, while Adagrad, RMSProp and Adam, which scale each component&apos;s step, are below it (medians 0.003, 0.004 and 0.007). Which of those three ends lowest changes from seed to seed: press Try another seed and race again. Press Run to train Adam in the window.</source>
        <translation>Con todas las semillas, SGD (mediana 0,30) y el momento del curso (mediana 0,22) siguen muy por encima de 0,1, mientras que Adagrad, RMSProp y Adam, que escalan el paso de cada componente, quedan por debajo (medianas 0,003, 0,004 y 0,007). Cuál de esos tres termina más abajo cambia de una semilla a otra: pulsa Otra semilla y repite la carrera. Pulsa Ejecutar para entrenar Adam en la ventana.</translation>
    </message>
    <message>
        <source>Will a network with no hidden layer separate XOR?</source>
        <translation>¿Separará XOR una red sin capa oculta?</translation>
    </message>
    <message>
        <source>Yes, after enough epochs</source>
        <translation>Sí, tras suficientes épocas</translation>
    </message>
    <message>
        <source>No: it stays near 50 % — a line cannot do it</source>
        <translation>No: se queda cerca del 50 % — una recta no puede hacerlo</translation>
    </message>
    <message>
        <source>Yes, if the learning rate is large enough</source>
        <translation>Sí, si la tasa de aprendizaje es suficientemente grande</translation>
    </message>
    <message>
        <source>σ(xW + b) &gt; 1/2 on one side of one straight line; XOR needs two.</source>
        <translation>σ(xW + b) &gt; 1/2 a un lado de una sola recta; XOR necesita dos.</translation>
    </message>
    <message>
        <source>All weights start at 0. What does a run with SGD, lr 0.1, do?</source>
        <translation>Todos los pesos empiezan en 0. ¿Qué hace una ejecución con SGD, lr 0,1?</translation>
    </message>
    <message>
        <source>It learns like the lecture&apos;s initialisation</source>
        <translation>Aprende como con la inicialización del curso</translation>
    </message>
    <message>
        <source>It learns, only more slowly</source>
        <translation>Aprende, pero más despacio</translation>
    </message>
    <message>
        <source>It does not learn: the loss stays at log 2 ≈ 0.69</source>
        <translation>No aprende: la pérdida se queda en log 2 ≈ 0,69</translation>
    </message>
    <message>
        <source>With all weights 0 every hidden u is 0, ReLU&apos;s gradient h(0) is 0, and no weight ever receives a gradient; only the output&apos;s bias moves.</source>
        <translation>Con todos los pesos a 0, cada u oculto es 0, el gradiente h(0) de ReLU es 0 y ningún peso recibe nunca un gradiente; solo se mueve el sesgo de la salida.</translation>
    </message>
    <message>
        <source>2 → 64 → 64 → 1 against the small 2 → 4 → 1: which is better on the 350 test points after 150 epochs?</source>
        <translation>2 → 64 → 64 → 1 frente a la pequeña 2 → 4 → 1: ¿cuál es mejor en los 350 puntos de prueba tras 150 épocas?</translation>
    </message>
    <message>
        <source>The big one, on training and test points</source>
        <translation>La grande, en los puntos de entrenamiento y de prueba</translation>
    </message>
    <message>
        <source>The big one on the training points, but not on the test points</source>
        <translation>La grande en los puntos de entrenamiento, pero no en los de prueba</translation>
    </message>
    <message>
        <source>Both are the same</source>
        <translation>Las dos son iguales</translation>
    </message>
    <message>
        <source>On every seed the big network gets more training points right (about 98 % against 88 %), and its test loss is far higher (about 2.2 against 0.43): it is sure of wrong answers. Its test accuracy is no better: about 80 % for both.</source>
        <translation>Con todas las semillas la red grande acierta más puntos de entrenamiento (alrededor del 98 % frente al 88 %), y su pérdida de prueba es mucho mayor (unos 2,2 frente a 0,43): está segura de respuestas erróneas. Su exactitud de prueba no es mejor: alrededor del 80 % en ambas.</translation>
    </message>
    <message>
        <source>With lr 0.015, will each mini-batch step give a lower batch loss than the step before?</source>
        <translation>Con lr 0,015, ¿dará cada paso de minilote una pérdida de lote menor que el paso anterior?</translation>
    </message>
    <message>
        <source>Yes, every step goes downhill</source>
        <translation>Sí, cada paso va cuesta abajo</translation>
    </message>
    <message>
        <source>No: about half of the steps go up</source>
        <translation>No: aproximadamente la mitad de los pasos sube</translation>
    </message>
    <message>
        <source>Only the first steps go up</source>
        <translation>Solo suben los primeros pasos</translation>
    </message>
    <message>
        <source>Each batch holds other points: the loss of the next batch can be higher even when the epoch loss falls every epoch (it does here, for 20 epochs).</source>
        <translation>Cada lote contiene otros puntos: la pérdida del siguiente lote puede ser mayor aunque la pérdida por época baje en cada época (aquí lo hace, durante 20 épocas).</translation>
    </message>
    <message>
        <source>With the lecture&apos;s lr = 0.015, where will the loss be after 20 epochs?</source>
        <translation>Con el lr = 0,015 del curso, ¿dónde estará la pérdida tras 20 épocas?</translation>
    </message>
    <message>
        <source>Below 0.1: the run is done</source>
        <translation>Por debajo de 0,1: la ejecución ha terminado</translation>
    </message>
    <message>
        <source>Still above 0.45: it has hardly started</source>
        <translation>Todavía por encima de 0,45: apenas ha empezado</translation>
    </message>
    <message>
        <source>Above log 2 ≈ 0.69: it got worse</source>
        <translation>Por encima de log 2 ≈ 0,69: ha empeorado</translation>
    </message>
    <message>
        <source>The small initial weights make the first epochs crawl: at epoch 20 the loss is about 0.59 (between 0.45 and 0.68 on every seed).</source>
        <translation>Los pequeños pesos iniciales hacen que las primeras épocas avancen muy despacio: en la época 20 la pérdida es de unos 0,59 (entre 0,45 y 0,68 con todas las semillas).</translation>
    </message>
    <message>
        <source>Keep training</source>
        <translation>Sigue entrenando</translation>
    </message>
    <message>
        <source>Train on to epoch 150 (the epochs are set to 150: press Run). A straight line cannot get much above 89 % here; watch the boundary bend around the moons. On most seeds it reaches 99 %; the goal is 95 %.</source>
        <translation>Sigue entrenando hasta la época 150 (las épocas están fijadas en 150: pulsa Ejecutar). Una recta no puede pasar mucho del 89 % aquí; observa cómo la frontera se curva alrededor de las lunas. Con la mayoría de las semillas llega al 99 %; el objetivo es el 95 %.</translation>
    </message>
    <message>
        <source>Plain SGD with the same step</source>
        <translation>SGD simple con el mismo paso</translation>
    </message>
    <message>
        <source>Now plain SGD with lr 0.04 (the optimizer is switched for you). Press Run.</source>
        <translation>Ahora SGD simple con lr 0,04 (el optimizador ya está cambiado). Pulsa Ejecutar.</translation>
    </message>
    <message>
        <source>Plain SGD with lr = α = 0.04, without any averaging: by epoch 15 its loss will be…</source>
        <translation>SGD simple con lr = α = 0,04, sin ningún promedio: en la época 15 su pérdida será…</translation>
    </message>
    <message>
        <source>much higher than momentum&apos;s</source>
        <translation>mucho mayor que la del momento</translation>
    </message>
    <message>
        <source>about the same as momentum&apos;s</source>
        <translation>más o menos igual que la del momento</translation>
    </message>
    <message>
        <source>much lower than momentum&apos;s</source>
        <translation>mucho menor que la del momento</translation>
    </message>
    <message>
        <source>(1 − η)ΔW + η∇ averages gradients but never enlarges the step: the speed-up came from α = 0.04 &gt; 0.015.</source>
        <translation>(1 − η)ΔW + η∇ promedia gradientes pero nunca agranda el paso: la aceleración venía de α = 0,04 &gt; 0,015.</translation>
    </message>
    <message>
        <source>A larger step</source>
        <translation>Un paso mayor</translation>
    </message>
    <message>
        <source>The same run with lr = 0.01 (set for you). Press Run and watch the loss curve.</source>
        <translation>La misma ejecución con lr = 0,01 (ya ajustado). Pulsa Ejecutar y observa la curva de pérdida.</translation>
    </message>
    <message>
        <source>lr = 0.01 instead of 0.002: what will the loss curve do?</source>
        <translation>lr = 0,01 en lugar de 0,002: ¿qué hará la curva de pérdida?</translation>
    </message>
    <message>
        <source>Fall faster and stay down</source>
        <translation>Bajar más rápido y quedarse abajo</translation>
    </message>
    <message>
        <source>Fall faster, but climb back up now and then</source>
        <translation>Bajar más rápido, pero volver a subir de vez en cuando</translation>
    </message>
    <message>
        <source>Fall more slowly</source>
        <translation>Bajar más despacio</translation>
    </message>
    <message>
        <source>It is below 0.02 by epoch 10 on every seed, far sooner than with lr 0.002; but now and then a step overshoots the valley and the loss climbs back above its lowest so far (by a median of 0.04; try another seed to see how much it varies).</source>
        <translation>Está por debajo de 0,02 en la época 10 con todas las semillas, mucho antes que con lr 0,002; pero de vez en cuando un paso se pasa del valle y la pérdida vuelve a subir por encima de su mínimo hasta entonces (en una mediana de 0,04; prueba otra semilla para ver cuánto varía).</translation>
    </message>
    <message>
        <source>Make it learn XOR</source>
        <translation>Haz que aprenda XOR</translation>
    </message>
    <message>
        <source>Change the network (or add a derived feature) so that it learns XOR: at least 90 % of the training points right after 30 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>Cambia la red (o añade una característica derivada) para que aprenda XOR: al menos el 90 % de los puntos de entrenamiento bien clasificados tras 30 épocas. Cada intento empieza en la época 0: después de un cambio pulsa Reiniciar y luego Ejecutar.</translation>
    </message>
    <message>
        <source>Tick the derived feature x1·x2 in the Dataset panel, or add one hidden layer of 8 ReLU units in the Network panel.</source>
        <translation>Marca la característica derivada x1·x2 en el panel Conjunto de datos, o añade una capa oculta de 8 neuronas ReLU en el panel Red.</translation>
    </message>
    <message>
        <source>The same number of parameters in one layer</source>
        <translation>El mismo número de parámetros en una capa</translation>
    </message>
    <message>
        <source>One hidden layer of 107 units has 645 parameters, as many as three layers of 16 (643). It is set for you: press Run.</source>
        <translation>Una capa oculta de 107 neuronas tiene 645 parámetros, tantos como tres capas de 16 (643). Ya está ajustada: pulsa Ejecutar.</translation>
    </message>
    <message>
        <source>One layer with as many parameters: will it also pass 95 % of the training points by epoch 10?</source>
        <translation>Una capa con los mismos parámetros: ¿superará también el 95 % de los puntos de entrenamiento en la época 10?</translation>
    </message>
    <message>
        <source>Yes: parameters are what count</source>
        <translation>Sí: lo que cuenta son los parámetros</translation>
    </message>
    <message>
        <source>No: it is slower</source>
        <translation>No: es más lenta</translation>
    </message>
    <message>
        <source>It never gets there</source>
        <translation>Nunca llega</translation>
    </message>
    <message>
        <source>At epoch 10 it is at about 85 %, the three layers at about 96 %: composing layers folds the plane again and again.</source>
        <translation>En la época 10 está en torno al 85 %, y las tres capas en torno al 96 %: componer capas pliega el plano una y otra vez.</translation>
    </message>
    <message>
        <source>Make the deep network train</source>
        <translation>Haz que la red profunda aprenda</translation>
    </message>
    <message>
        <source>Keep the data and the optimizer. Change the hidden layers so that the loss falls below 0.35 within 30 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>Mantén los datos y el optimizador. Cambia las capas ocultas para que la pérdida baje de 0,35 en 30 épocas. Cada intento empieza en la época 0: después de un cambio pulsa Reiniciar y luego Ejecutar.</translation>
    </message>
    <message>
        <source>σ&apos; ≤ 1/4 shrinks the gradient at every layer: switch the hidden activations to ReLU, whose slope is 1 where it is active (or use only two σ layers).</source>
        <translation>σ&apos; ≤ 1/4 encoge el gradiente en cada capa: cambia las activaciones ocultas a ReLU, cuya pendiente es 1 donde está activa (o usa solo dos capas σ).</translation>
    </message>
    <message>
        <source>Predict: lr = 5</source>
        <translation>Predice: lr = 5</translation>
    </message>
    <message>
        <source>The learning rate is now 5, about 330 times larger (set for you). Press Run.</source>
        <translation>La tasa de aprendizaje es ahora 5, unas 330 veces mayor (ya ajustada). Pulsa Ejecutar.</translation>
    </message>
    <message>
        <source>With lr = 5, after 20 epochs the loss will be…</source>
        <translation>Con lr = 5, tras 20 épocas la pérdida será…</translation>
    </message>
    <message>
        <source>far below lr 0.015&apos;s</source>
        <translation>muy inferior a la de lr 0,015</translation>
    </message>
    <message>
        <source>about the same as lr 0.015&apos;s</source>
        <translation>más o menos igual que la de lr 0,015</translation>
    </message>
    <message>
        <source>no lower than log 2 ≈ 0.69, jumping up and down</source>
        <translation>no menor que log 2 ≈ 0,69, subiendo y bajando</translation>
    </message>
    <message>
        <source>Each step overshoots the valley: the loss rises in many epochs and ends above 0.69.</source>
        <translation>Cada paso se pasa del valle: la pérdida sube en muchas épocas y termina por encima de 0,69.</translation>
    </message>
    <message>
        <source>Find a good step</source>
        <translation>Encuentra un buen paso</translation>
    </message>
    <message>
        <source>The run starts afresh here (it is reset for you). Find a learning rate that brings the loss below 0.1 in fewer than 20 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>Aquí la ejecución empieza de nuevo (ya está restablecida). Encuentra una tasa de aprendizaje que baje la pérdida de 0,1 en menos de 20 épocas. Cada intento empieza en la época 0: después de un cambio pulsa Reiniciar y luego Ejecutar.</translation>
    </message>
    <message>
        <source>Between the two: try 0.1, 0.3 and 1. Watch whether the loss curve still falls steadily.</source>
        <translation>Entre las dos: prueba 0,1, 0,3 y 1. Fíjate en si la curva de pérdida sigue bajando de forma constante.</translation>
    </message>
    <message>
        <source>Make it learn</source>
        <translation>Haz que aprenda</translation>
    </message>
    <message>
        <source>Choose an initialisation in the Network panel so that the loss falls below 0.3 within 20 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>Elige una inicialización en el panel Red para que la pérdida baje de 0,3 en 20 épocas. Cada intento empieza en la época 0: después de un cambio pulsa Reiniciar y luego Ejecutar.</translation>
    </message>
    <message>
        <source>Any random start breaks the symmetry: choose &apos;lecture: 0.1·N(0, 1)&apos;.</source>
        <translation>Cualquier inicio aleatorio rompe la simetría: elige «curso: 0,1·N(0, 1)».</translation>
    </message>
    <message>
        <source>Small beats big</source>
        <translation>Lo pequeño gana a lo grande</translation>
    </message>
    <message>
        <source>Beat the big network on the test points with at most 8 hidden units: a test loss below 0.65 after 150 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>Gana a la red grande en los puntos de prueba con como mucho 8 neuronas ocultas: una pérdida de prueba por debajo de 0,65 tras 150 épocas. Cada intento empieza en la época 0: después de un cambio pulsa Reiniciar y luego Ejecutar.</translation>
    </message>
    <message>
        <source>Remove the second hidden layer and make the first one small (4 units).</source>
        <translation>Quita la segunda capa oculta y haz pequeña la primera (4 neuronas).</translation>
    </message>
    <message>
        <source>Now lr = 0.3 (set for you). Press Run and watch the epoch loss.</source>
        <translation>Ahora lr = 0,3 (ya ajustado). Pulsa Ejecutar y observa la pérdida por época.</translation>
    </message>
    <message>
        <source>With lr 0.3, will the training loss go down at every epoch?</source>
        <translation>Con lr 0,3, ¿bajará la pérdida de entrenamiento en cada época?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No: it goes up in some epochs</source>
        <translation>No: en algunas épocas sube</translation>
    </message>
    <message>
        <source>It never goes down</source>
        <translation>Nunca baja</translation>
    </message>
    <message>
        <source>It goes up in several epochs (2 to 8 of the 20, on ten seeds) — and still ends far lower than with lr 0.015, below 0.02 by epoch 20.</source>
        <translation>Sube en varias épocas (de 2 a 8 de las 20, con diez semillas) — y aun así termina mucho más abajo que con lr 0,015, por debajo de 0,02 en la época 20.</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>Ejecútalo</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Predict first</source>
        <translation>Primero predice</translation>
    </message>
    <message>
        <source>Lock my answer</source>
        <translation>Fijar mi respuesta</translation>
    </message>
    <message>
        <source>Your answer is kept; run the step to see whether it was right</source>
        <translation>Tu respuesta queda guardada; ejecuta el paso para ver si era correcta</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Each goal is ticked ✓ as soon as the run meets it</source>
        <translation>Cada objetivo se marca con ✓ en cuanto el entrenamiento lo cumple</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Try another seed</source>
        <translation>Otra semilla</translation>
    </message>
    <message>
        <source>Draw new data, new initial weights and a new batch order and start this step again: what the lesson says should hold on (almost) every seed</source>
        <translation>Genera datos nuevos, pesos iniciales nuevos y un nuevo orden de los lotes y empieza de nuevo este paso: lo que dice la lección debería cumplirse con (casi) cualquier semilla</translation>
    </message>
    <message>
        <source>Next lesson ▶</source>
        <translation>Siguiente lección ▶</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation>Ninguna lección abierta</translation>
    </message>
    <message>
        <source>Choose a lesson from the Lessons menu.</source>
        <translation>Elige una lección en el menú Lecciones.</translation>
    </message>
    <message>
        <source>This lesson&apos;s points and weights are the lecture&apos;s own: there is no seed to change</source>
        <translation>Los puntos y los pesos de esta lección son los del curso: no hay semilla que cambiar</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Paso {step} de {steps}</translation>
    </message>
    <message>
        <source>This step cannot be set up: {error}</source>
        <translation>No se puede preparar este paso: {error}</translation>
    </message>
    <message>
        <source>Seed {seed}</source>
        <translation>Semilla {seed}</translation>
    </message>
    <message>
        <source>Locked: now Run</source>
        <translation>Fijada: ahora Ejecutar</translation>
    </message>
    <message>
        <source>Choose one answer first.</source>
        <translation>Elige primero una respuesta.</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>Pista: {hint}</translation>
    </message>
    <message>
        <source>✓ Lesson complete.</source>
        <translation>✓ Lección completada.</translation>
    </message>
    <message>
        <source>You have finished “{title}”.</source>
        <translation>Has terminado «{title}».</translation>
    </message>
    <message>
        <source>Next in the Lessons menu:</source>
        <translation>Lo siguiente en el menú Lecciones:</translation>
    </message>
    <message>
        <source>Next lesson: {title} ▶</source>
        <translation>Siguiente lección: {title} ▶</translation>
    </message>
    <message>
        <source>That was the last lesson in the Lessons menu.</source>
        <translation>Era la última lección del menú Lecciones.</translation>
    </message>
    <message>
        <source>The answer: {answer}.</source>
        <translation>La respuesta: {answer}.</translation>
    </message>
    <message>
        <source>✓ Right:</source>
        <translation>✓ Correcto:</translation>
    </message>
    <message>
        <source>✗ Not quite.</source>
        <translation>✗ No del todo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dataset</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation>Normas del gradiente</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Confusion matrix, precision and recall (classification) or R², MAE and predicted vs true (regression) of the current weights</source>
        <translation>Matriz de confusión, precisión y exhaustividad (clasificación) o R², MAE y predicho frente a real (regresión) de los pesos actuales</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>{name} — ANN Studio</source>
        <translation>{name} — ANN Studio</translation>
    </message>
    <message>
        <source>epoch {epoch} / {target}</source>
        <translation>época {epoch} / {target}</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>época {epoch}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>hidden until you predict it (Predict mode)</source>
        <translation>oculto hasta que lo prediga (modo Predecir)</translation>
    </message>
    <message>
        <source>  (double-click to edit)</source>
        <translation>  (doble clic para editar)</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>slice j =</source>
        <translation>corte j =</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Slice j</source>
        <translation>Corte j</translation>
    </message>
    <message>
        <source>Matrix {caption}</source>
        <translation>Matriz {caption}</translation>
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
        <translation>Entren.</translation>
    </message>
    <message>
        <source>Metrics on the training points</source>
        <translation>Métricas sobre los puntos de entrenamiento</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Metrics on the test points</source>
        <translation>Métricas sobre los puntos de prueba</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>How many points of each true class got each prediction</source>
        <translation>Cuántos puntos de cada clase verdadera recibieron cada predicción</translation>
    </message>
    <message>
        <source>Row %</source>
        <translation>% fila</translation>
    </message>
    <message>
        <source>Row-normalised: each row divided by its total, where the points of one true class go (the diagonal is its recall)</source>
        <translation>Normalizado por filas: cada fila dividida por su total, adónde van los puntos de una clase verdadera (la diagonal es su exhaustividad)</translation>
    </message>
    <message>
        <source>Confusion matrix: rows = true class, columns = predicted; recall at the end of each row, precision under each column</source>
        <translation>Matriz de confusión: filas = clase verdadera, columnas = predicha; exhaustividad al final de cada fila, precisión bajo cada columna</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <source>C_ij = points of true class i predicted as class j; the diagonal holds the correct predictions
recall_i = C_ii / Σ_j C_ij (of the points of class i, the share found)
precision_j = C_jj / Σ_i C_ij (of the points predicted j, the share that are j)
— : 0/0, nothing to measure</source>
        <translation>C_ij = puntos de la clase verdadera i predichos como clase j; la diagonal contiene las predicciones correctas
recall_i = C_ii / Σ_j C_ij (de los puntos de la clase i, la proporción encontrada)
precision_j = C_jj / Σ_i C_ij (de los puntos predichos como j, la proporción que son j)
— : 0/0, nada que medir</translation>
    </message>
    <message>
        <source>true value t</source>
        <translation>valor verdadero t</translation>
    </message>
    <message>
        <source>predicted ŷ</source>
        <translation>predicho ŷ</translation>
    </message>
    <message>
        <source>Predicted vs true (on the line ŷ = t: perfect)</source>
        <translation>Predicho frente a verdadero (sobre la recta ŷ = t: perfecto)</translation>
    </message>
    <message>
        <source>No test points (test fraction 0): showing nothing; pick &lt;b&gt;Train&lt;/b&gt;.</source>
        <translation>No hay puntos de prueba (fracción de prueba 0): no se muestra nada; elija &lt;b&gt;Entren.&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>{n} training points</source>
        <translation>{n} puntos de entrenamiento</translation>
    </message>
    <message>
        <source>{n} test points</source>
        <translation>{n} puntos de prueba</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <source>{count} of the {total} points of class {true} were predicted as {predicted}</source>
        <translation>{count} de los {total} puntos de la clase {true} se predijeron como {predicted}</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>ANN Studio — Hand in</source>
        <translation>ANN Studio — Entregar</translation>
    </message>
    <message>
        <source>Your name, as your teacher will see it:</source>
        <translation>Su nombre, tal como lo verá su docente:</translation>
    </message>
    <message>
        <source>Student&apos;s name</source>
        <translation>Nombre del estudiante</translation>
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
        <translation>sigmoide σ</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identidad</translation>
    </message>
    <message>
        <source>binary classification</source>
        <translation>clasificación binaria</translation>
    </message>
    <message>
        <source>σ (sigmoid)</source>
        <translation>σ (sigmoide)</translation>
    </message>
    <message>
        <source>cross entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <source>multi-class classification</source>
        <translation>clasificación multiclase</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>error cuadrático medio</translation>
    </message>
    <message>
        <source>lecture: 0.1·N(0, 1)</source>
        <translation>clase: 0.1·N(0, 1)</translation>
    </message>
    <message>
        <source>Xavier (Glorot) uniform</source>
        <translation>Xavier (Glorot) uniforme</translation>
    </message>
    <message>
        <source>He (Kaiming) normal</source>
        <translation>He (Kaiming) normal</translation>
    </message>
    <message>
        <source>zeros (every weight 0)</source>
        <translation>ceros (todos los pesos 0)</translation>
    </message>
    <message>
        <source>Hidden layers (input → output)</source>
        <translation>Capas ocultas (entrada → salida)</translation>
    </message>
    <message>
        <source>+ Add layer</source>
        <translation>+ Añadir capa</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output</source>
        <translation>Añadir una capa oculta antes de la salida</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>The dataset&apos;s task sets the output layer and the loss; change the dataset to change the task.</source>
        <translation>La tarea del conjunto de datos fija la capa de salida y la pérdida; cambia el conjunto de datos para cambiar la tarea.</translation>
    </message>
    <message>
        <source>How W starts (biases start at 0)</source>
        <translation>Cómo empieza W (los sesgos empiezan en 0)</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Inicialización</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>units</source>
        <translation>neuronas</translation>
    </message>
    <message>
        <source>activation φ</source>
        <translation>activación φ</translation>
    </message>
    <message>
        <source>layer {k}</source>
        <translation>capa {k}</translation>
    </message>
    <message>
        <source>Lecture numbering counts from the output (layer 1 = output layer); View ▸ PyTorch layer order counts from the input</source>
        <translation>La numeración de la clase cuenta desde la salida (capa 1 = capa de salida); Ver ▸ Orden de capas de PyTorch cuenta desde la entrada</translation>
    </message>
    <message>
        <source>units of hidden layer {n}</source>
        <translation>neuronas de la capa oculta {n}</translation>
    </message>
    <message>
        <source>Activation of hidden layer {n}</source>
        <translation>Activación de la capa oculta {n}</translation>
    </message>
    <message>
        <source>Move this layer towards the input</source>
        <translation>Mover esta capa hacia la entrada</translation>
    </message>
    <message>
        <source>Move this layer towards the output</source>
        <translation>Mover esta capa hacia la salida</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>Quitar esta capa</translation>
    </message>
    <message>
        <source>no hidden layer: a linear model (logistic / softmax regression)</source>
        <translation>sin capa oculta: un modelo lineal (regresión logística / softmax)</translation>
    </message>
    <message>
        <source>at most {n} hidden layers here</source>
        <translation>aquí, como máximo {n} capas ocultas</translation>
    </message>
    <message>
        <source>Input: {n} feature</source>
        <translation>Entrada: {n} característica</translation>
    </message>
    <message>
        <source>Input: {n} features</source>
        <translation>Entrada: {n} características</translation>
    </message>
    <message>
        <source>{n} unit</source>
        <translation>{n} neurona</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} neuronas</translation>
    </message>
    <message>
        <source>{units}, {activation} · loss: {loss}
(the dataset&apos;s task: {task})</source>
        <translation>{units}, {activation} · pérdida: {loss}
(la tarea del conjunto de datos: {task})</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Network panel</source>
        <translation>Panel de red</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <source>Numbering: the lecture&apos;s worked ¬XOR example and its backprop derivation give u and z an index one higher than its code: uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ with output z₁ (it writes u₃,₀ = x₀ − x₁). ANN Studio follows the lecture&apos;s code: uᵢ = zᵢWᵢ + bᵢ with output z₀, so the example&apos;s u₃ is u₂ here and its z₁ is z₀. The weights W₂, b₂, W₁, b₁ have the same names in both.</source>
        <translation>Numeración: el ejemplo resuelto de ¬XOR del curso y su derivación de la retropropagación dan a u y z un índice una unidad mayor que su código: uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ con la salida z₁ (escribe u₃,₀ = x₀ − x₁). ANN Studio sigue el código del curso: uᵢ = zᵢWᵢ + bᵢ con la salida z₀, así que el u₃ del ejemplo es aquí u₂ y su z₁ es z₀. Los pesos W₂, b₂, W₁, b₁ se llaman igual en ambos.</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>{name} is empty; enter a number</source>
        <translation>{name} está vacío; escribe un número</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {text}</source>
        <translation>{name} debe ser un número entero, se recibió {text}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {text}</source>
        <translation>{name} debe ser un número, se recibió {text}</translation>
    </message>
</context>
<context>
    <name>PointsModel</name>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>label y</source>
        <translation>etiqueta y</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <source>Click a row to inspect that point, or click a point in the data view (Inspect mode), or type one below.</source>
        <translation>Haga clic en una fila para inspeccionar ese punto, o en un punto de la vista de datos (modo Inspeccionar), o escriba uno abajo.</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>Puntos de datos</translation>
    </message>
    <message>
        <source>e.g. 0.5, −1</source>
        <translation>p. ej. 0.5, −1</translation>
    </message>
    <message>
        <source>Coordinates x</source>
        <translation>Coordenadas x</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>p. ej. 1</translation>
    </message>
    <message>
        <source>Label y</source>
        <translation>Etiqueta y</translation>
    </message>
    <message>
        <source>coordinates x =</source>
        <translation>coordenadas x =</translation>
    </message>
    <message>
        <source>label y =</source>
        <translation>etiqueta y =</translation>
    </message>
    <message>
        <source>Inspect this point</source>
        <translation>Inspeccionar este punto</translation>
    </message>
    <message>
        <source>training point</source>
        <translation>punto de entrenamiento</translation>
    </message>
    <message>
        <source>test point</source>
        <translation>punto de prueba</translation>
    </message>
    <message>
        <source>typed point</source>
        <translation>punto escrito</translation>
    </message>
    <message>
        <source>&lt;b&gt;{point}&lt;/b&gt;: x = ({x}), label y = {y} &amp;nbsp;→&amp;nbsp; output and loss hidden: predict them step by step</source>
        <translation>&lt;b&gt;{point}&lt;/b&gt;: x = ({x}), etiqueta y = {y} &amp;nbsp;→&amp;nbsp; salida y pérdida ocultas: predígalas paso a paso</translation>
    </message>
    <message>
        <source>&lt;b&gt;{point}&lt;/b&gt;: x = ({x}), label y = {y} &amp;nbsp;→&amp;nbsp; output {z0} = ({out}), loss L = {loss}</source>
        <translation>&lt;b&gt;{point}&lt;/b&gt;: x = ({x}), etiqueta y = {y} &amp;nbsp;→&amp;nbsp; salida {z0} = ({out}), pérdida L = {loss}</translation>
    </message>
    <message>
        <source>type the point&apos;s label y, e.g. 1</source>
        <translation>escriba la etiqueta y del punto, p. ej. 1</translation>
    </message>
    <message>
        <source>the typed point</source>
        <translation>el punto escrito</translation>
    </message>
</context>
<context>
    <name>PredictMode</name>
    <message>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>cero</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positivo</translation>
    </message>
    <message>
        <source>Predict the next value</source>
        <translation>Prediga el valor siguiente</translation>
    </message>
    <message>
        <source>your prediction, e.g. 0.62 or −1.5, then Enter</source>
        <translation>su predicción, p. ej. 0.62 o −1.5, y luego Intro</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>Su predicción</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>predict that the value is {sign}</source>
        <translation>predecir que el valor es {sign}</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Mostrarlo</translation>
    </message>
    <message>
        <source>Skip this one: show the value (not scored)</source>
        <translation>Saltar esta: mostrar el valor (sin puntuar)</translation>
    </message>
    <message>
        <source>Predict: on</source>
        <translation>Predecir: activado</translation>
    </message>
    <message>
        <source>score: {correct} / {total} correct</source>
        <translation>puntuación: {correct} / {total} correctas</translation>
    </message>
    <message>
        <source>Every value on this page is checked. Next ▶ for the next step.</source>
        <translation>Todos los valores de esta página están comprobados. Siguiente ▶ para el paso siguiente.</translation>
    </message>
    <message>
        <source>Every value on this page is checked. That was the last step.</source>
        <translation>Todos los valores de esta página están comprobados. Ese era el último paso.</translation>
    </message>
    <message>
        <source>Is it negative, zero or positive?</source>
        <translation>¿Es negativo, cero o positivo?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predict {value}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prediga {value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>shown: {name} = {value} (not scored)</source>
        <translation>mostrado: {name} = {value} (sin puntuar)</translation>
    </message>
</context>
<context>
    <name>RaceView</name>
    <message>
        <source>racer</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>pérdida entren.</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>pérdida prueba</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>exactitud prueba</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Racers&lt;/b&gt; (optimizer name=value …) — all start from the same weights and see the same batches</source>
        <translation>&lt;b&gt;Participantes&lt;/b&gt; (optimizador nombre=valor …) — todos parten de los mismos pesos y ven los mismos lotes</translation>
    </message>
    <message>
        <source>Racers</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>One optimizer setting per line; select one and press Remove to drop it</source>
        <translation>Una configuración de optimizador por línea; seleccione una y pulse «Quitar» para eliminarla</translation>
    </message>
    <message>
        <source>New racer: optimizer name=value</source>
        <translation>Nuevo participante: optimizador nombre=valor</translation>
    </message>
    <message>
        <source>e.g. adam lr=0.01 or sgd lr=0.05 momentum=0.9</source>
        <translation>p. ej. adam lr=0.01 o sgd lr=0.05 momentum=0.9</translation>
    </message>
    <message>
        <source>Add racer</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>▶ Start race</source>
        <translation>▶ Iniciar carrera</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Detener</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Exactitud de prueba</translation>
    </message>
    <message>
        <source>No test points: set a test fraction on the Dataset tab to see the racers&apos; test accuracy.</source>
        <translation>No hay puntos de prueba: fije una fracción de prueba en la pestaña Datos para ver la exactitud de prueba de los participantes.</translation>
    </message>
    <message>
        <source>Race results</source>
        <translation>Resultados de la carrera</translation>
    </message>
    <message>
        <source>{name}: {n} training points, network {sizes}, batch {batch}</source>
        <translation>{name}: {n} puntos de entrenamiento, red {sizes}, lote {batch}</translation>
    </message>
    <message>
        <source>at most {n} racers</source>
        <translation>como máximo {n} participantes</translation>
    </message>
    <message>
        <source>no network and data to race on</source>
        <translation>no hay red ni datos para la carrera</translation>
    </message>
    <message>
        <source>a race needs at least two racers</source>
        <translation>una carrera necesita al menos dos participantes</translation>
    </message>
    <message>
        <source>starting the race…</source>
        <translation>iniciando la carrera…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>all {n} racers start at loss {loss}</source>
        <translation>los {n} participantes empiezan con pérdida {loss}</translation>
    </message>
    <message>
        <source>epoch {epoch} of {epochs}</source>
        <translation>época {epoch} de {epochs}</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergió</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} pasos</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>finished: {winner} has the lowest training loss</source>
        <translation>terminada: {winner} tiene la menor pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>the race stopped: {reason}</source>
        <translation>la carrera se detuvo: {reason}</translation>
    </message>
</context>
<context>
    <name>ReceiveWindow</name>
    <message>
        <source>Receiving hand-ins — {title} — ANN Studio</source>
        <translation>Recibiendo entregas — {title} — ANN Studio</translation>
    </message>
    <message>
        <source>Receive hand-ins</source>
        <translation>Recibir entregas</translation>
    </message>
    <message>
        <source>Hand in “{title}” to this computer</source>
        <translation>Entregar «{title}» a este ordenador</translation>
    </message>
    <message>
        <source>In ANN Studio: File ▸ Hand in…, choose “The teacher&apos;s computer” and type the address and the class code.</source>
        <translation>En ANN Studio: Archivo ▸ Entregar…, elija «El ordenador del docente» y escriba la dirección y el código de la clase.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>The address the students type</source>
        <translation>La dirección que escriben los estudiantes</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Código de la clase</translation>
    </message>
    <message>
        <source>The class code the students type</source>
        <translation>El código de la clase que escriben los estudiantes</translation>
    </message>
    <message>
        <source>Hand-ins received and refused</source>
        <translation>Entregas recibidas y rechazadas</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Estado del servidor</translation>
    </message>
    <message>
        <source>Receive on:</source>
        <translation>Recibir en:</translation>
    </message>
    <message>
        <source>{address} (this computer only)</source>
        <translation>{address} (solo este ordenador)</translation>
    </message>
    <message>
        <source>Network address to receive on</source>
        <translation>Dirección de red en la que recibir</translation>
    </message>
    <message>
        <source>The network the students&apos; computers are on; 127.0.0.1 is this computer only</source>
        <translation>La red en la que están los ordenadores de los estudiantes; 127.0.0.1 es solo este ordenador</translation>
    </message>
    <message>
        <source>Class table</source>
        <translation>Tabla de la clase</translation>
    </message>
    <message>
        <source>Show the class table</source>
        <translation>Mostrar la tabla de la clase</translation>
    </message>
    <message>
        <source>Show the class table of the hand-ins received</source>
        <translation>Mostrar la tabla de la clase con las entregas recibidas</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop receiving hand-ins</source>
        <translation>Dejar de recibir entregas</translation>
    </message>
    <message>
        <source>Stop the server: no more hand-ins are received (those received stay in the folder)</source>
        <translation>Detener el servidor: no se reciben más entregas (las recibidas se quedan en la carpeta)</translation>
    </message>
    <message>
        <source>{received} received · {refused} refused</source>
        <translation>{received} recibidas · {refused} rechazadas</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Start receiving hand-ins again</source>
        <translation>Volver a recibir entregas</translation>
    </message>
    <message>
        <source>Receiving into {folder}.</source>
        <translation>Recibiendo en {folder}.</translation>
    </message>
    <message>
        <source>Stopped: no hand-ins are received. Those received stay in the folder.</source>
        <translation>Detenido: no se reciben entregas. Las recibidas se quedan en la carpeta.</translation>
    </message>
</context>
<context>
    <name>Receiver</name>
    <message>
        <source>Receive: the folder to store hand-ins in</source>
        <translation>Recibir: la carpeta donde guardar las entregas</translation>
    </message>
    <message>
        <source>Receive: choose the teacher&apos;s key</source>
        <translation>Recibir: elija la clave del docente</translation>
    </message>
    <message>
        <source>Teacher&apos;s keys (*{ext});;All files (*)</source>
        <translation>Claves del docente (*{ext});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Receive hand-ins</source>
        <translation>Recibir entregas</translation>
    </message>
    <message>
        <source>cannot use the folder: {reason}</source>
        <translation>no se puede usar la carpeta: {reason}</translation>
    </message>
    <message>
        <source>Port {wanted} is in use here, so port {port} is used.</source>
        <translation>El puerto {wanted} está en uso aquí, así que se usa el puerto {port}.</translation>
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
        <translation>la línea de tiempo registra entrenamientos del motor NumPy</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en vivo</translation>
    </message>
    <message>
        <source>branched at step {step} · Run ▶ trains on</source>
        <translation>ramificado en el paso {step} · Ejecutar ▶ sigue entrenando</translation>
    </message>
    <message>
        <source>live · step {step}</source>
        <translation>en vivo · paso {step}</translation>
    </message>
    <message>
        <source>step {step} · epoch {epoch}</source>
        <translation>paso {step} · época {epoch}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Reading the CSV file…</source>
        <translation>Leyendo el archivo CSV…</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Derived features</source>
        <translation>Características derivadas</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>the last training point cannot be removed</source>
        <translation>no se puede quitar el último punto de entrenamiento</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Pause ❚❚</source>
        <translation>Pausa ❚❚</translation>
    </message>
    <message>
        <source>Pause training  [Space]</source>
        <translation>Pausar el entrenamiento  [Espacio]</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>Ejecutar ▶</translation>
    </message>
    <message>
        <source>Train until you press Pause  [Space]</source>
        <translation>Entrenar hasta que pulses Pausa  [Espacio]</translation>
    </message>
    <message>
        <source>Train for {n} epochs  [Space]</source>
        <translation>Entrenar {n} épocas  [Espacio]</translation>
    </message>
    <message>
        <source>Run ▶ (+{n} epochs)</source>
        <translation>Ejecutar ▶ (+{n} épocas)</translation>
    </message>
    <message>
        <source>Continue for {n} more epochs (to epoch {target})  [Space]</source>
        <translation>Continuar {n} épocas más (hasta la época {target})  [Espacio]</translation>
    </message>
    <message>
        <source>Continue to epoch {target} ({more} more)  [Space]</source>
        <translation>Continuar hasta la época {target} ({more} más)  [Espacio]</translation>
    </message>
</context>
<context>
    <name>SgdStepTab</name>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>The experiment&apos;s learning rate (Training panel); change it here to try another step on this point only.</source>
        <translation>La tasa de aprendizaje del experimento (panel Entrenamiento); cámbiela aquí para probar otro paso solo en este punto.</translation>
    </message>
    <message>
        <source>learning rate lr</source>
        <translation>tasa de aprendizaje lr</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizador</translation>
    </message>
    <message>
        <source>Gradient of</source>
        <translation>Gradiente de</translation>
    </message>
    <message>
        <source>this point (the gradients on the Step through tab)</source>
        <translation>este punto (los gradientes de la pestaña Paso a paso)</translation>
    </message>
    <message>
        <source>the mini-batch (its average gradient)</source>
        <translation>el minilote (su gradiente medio)</translation>
    </message>
    <message>
        <source>gradient of</source>
        <translation>gradiente de</translation>
    </message>
    <message>
        <source>Apply one step</source>
        <translation>Aplicar un paso</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>The step goes on the undo stack: Ctrl+Z takes it back.</source>
        <translation>El paso va a la pila de deshacer: Ctrl+Z lo revierte.</translation>
    </message>
    <message>
        <source>Optimizer step</source>
        <translation>Paso del optimizador</translation>
    </message>
    <message>
        <source>{optimizer} (the experiment&apos;s): {formula}</source>
        <translation>{optimizer} (el del experimento): {formula}</translation>
    </message>
    <message>
        <source>.  Applied here from a fresh state (no momentum or running averages yet), so it is that optimizer&apos;s first step.</source>
        <translation>.  Aplicado aquí desde un estado inicial (aún sin momento ni medias móviles), así que es el primer paso de ese optimizador.</translation>
    </message>
    <message>
        <source>W ← W − lr·∂L/∂W and b ← b − lr·∂L/∂b for every layer ({layers}), with the gradient of this point&apos;s loss (the classic worked example) or of the mini-batch.</source>
        <translation>W ← W − lr·∂L/∂W y b ← b − lr·∂L/∂b para cada capa ({layers}), con el gradiente de la pérdida de este punto (el ejemplo resuelto clásico) o del minilote.</translation>
    </message>
    <message>
        <source>(the worked example is hidden in Predict mode)</source>
        <translation>(el ejemplo resuelto está oculto en el modo Predecir)</translation>
    </message>
    <message>
        <source>With lr = {lr}, for example: {step}</source>
        <translation>Con lr = {lr}, por ejemplo: {step}</translation>
    </message>
    <message>
        <source>With lr = {lr}, for example: {entry} = {before} → {after} ({optimizer}&apos;s first step; {grad} = {value})</source>
        <translation>Con lr = {lr}, por ejemplo: {entry} = {before} → {after} (primer paso de {optimizer}; {grad} = {value})</translation>
    </message>
    <message>
        <source>no mini-batch: load a dataset first</source>
        <translation>no hay minilote: cargue primero un conjunto de datos</translation>
    </message>
    <message>
        <source>{optimizer} step, lr = {lr}</source>
        <translation>paso de {optimizer}, lr = {lr}</translation>
    </message>
    <message>
        <source>this point&apos;s loss</source>
        <translation>pérdida de este punto</translation>
    </message>
    <message>
        <source>mini-batch loss (mean)</source>
        <translation>pérdida del minilote (media)</translation>
    </message>
    <message>
        <source>training set loss (mean)</source>
        <translation>pérdida del conjunto de entrenamiento (media)</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>&lt;b&gt;What you see.&lt;/b&gt; In the middle, the data (a colour per class) over the network&apos;s decision boundary, and the network under it; on the right, the loss and accuracy of each epoch and every layer&apos;s neurons. The tabs on the left (Dataset, Network, Training) change the run.</source>
        <translation>&lt;b&gt;Lo que ves.&lt;/b&gt; En el centro, los datos (un color por clase) sobre la frontera de decisión de la red, y la red debajo; a la derecha, la pérdida y la precisión de cada época y las neuronas de cada capa. Las pestañas de la izquierda (Datos, Red, Entrenamiento) cambian la ejecución.</translation>
    </message>
    <message>
        <source>Train the network and watch the boundary (the coloured regions) bend to the data.</source>
        <translation>Entrena la red y observa cómo la frontera (las regiones de color) se adapta a los datos.</translation>
    </message>
    <message>
        <source>A guided lesson: predict what happens, then run and see.</source>
        <translation>Una lección guiada: predice qué pasará, luego ejecuta y compruébalo.</translation>
    </message>
    <message>
        <source>One point&apos;s forward pass and backpropagation, with the real numbers. Then click any point.</source>
        <translation>La pasada hacia delante y la retropropagación de un punto, con los números reales. Después, haz clic en cualquier punto.</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Empieza aquí</translation>
    </message>
    <message>
        <source>start panel</source>
        <translation>panel de inicio</translation>
    </message>
    <message>
        <source>Try the first lesson</source>
        <translation>Primera lección</translation>
    </message>
    <message>
        <source>No lessons are installed</source>
        <translation>No hay lecciones instaladas</translation>
    </message>
    <message>
        <source>Inspect a point</source>
        <translation>Inspeccionar un punto</translation>
    </message>
    <message>
        <source>The step-through inspector on the first training point</source>
        <translation>El inspector paso a paso en el primer punto de entrenamiento</translation>
    </message>
    <message>
        <source>start panel: run</source>
        <translation>panel de inicio: ejecutar</translation>
    </message>
    <message>
        <source>start panel: lesson</source>
        <translation>panel de inicio: lección</translation>
    </message>
    <message>
        <source>start panel: inspect</source>
        <translation>panel de inicio: inspeccionar</translation>
    </message>
    <message>
        <source>{text} The first: “{lesson}”.</source>
        <translation>{text} La primera: «{lesson}».</translation>
    </message>
    <message>
        <source>Don&apos;t show this at start</source>
        <translation>No mostrar al iniciar</translation>
    </message>
    <message>
        <source>Help ▸ Where to start opens it again.</source>
        <translation>Ayuda ▸ Por dónde empezar lo vuelve a abrir.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>close the start panel</source>
        <translation>cerrar el panel de inicio</translation>
    </message>
    <message>
        <source>There are no training points to inspect</source>
        <translation>No hay puntos de entrenamiento que inspeccionar</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>training…</source>
        <translation>entrenando…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>epoch {epoch} · step {step}</source>
        <translation>época {epoch} · paso {step}</translation>
    </message>
    <message>
        <source>{speed} steps/s</source>
        <translation>{speed} pasos/s</translation>
    </message>
    <message>
        <source>loading PyTorch</source>
        <translation>cargando PyTorch</translation>
    </message>
    <message>
        <source>switching to {engine}</source>
        <translation>cambiando a {engine}</translation>
    </message>
    <message>
        <source>{what}… {seconds} s</source>
        <translation>{what}… {seconds} s</translation>
    </message>
    <message>
        <source> — slower than NumPy for this small net</source>
        <translation> — más lento que NumPy para esta red pequeña</translation>
    </message>
    <message>
        <source> (compiled)</source>
        <translation> (compilado)</translation>
    </message>
    <message>
        <source>{engine} on {device}</source>
        <translation>{engine} en {device}</translation>
    </message>
    <message>
        <source> · preparing the fast path…</source>
        <translation> · preparando la vía rápida…</translation>
    </message>
    <message>
        <source>Engine path: {note}</source>
        <translation>Vía del motor: {note}</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>◀◀ Start</source>
        <translation>◀◀ Inicio</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Run to end ▶▶</source>
        <translation>Hasta el final ▶▶</translation>
    </message>
    <message>
        <source>Run to end</source>
        <translation>Hasta el final</translation>
    </message>
    <message>
        <source>Step-through page</source>
        <translation>Página del paso a paso</translation>
    </message>
    <message>
        <source>step {n} of {count}</source>
        <translation>paso {n} de {count}</translation>
    </message>
    <message>
        <source>x: the input point</source>
        <translation>x: el punto de entrada</translation>
    </message>
    <message>
        <source>(from an earlier step) {description}</source>
        <translation>(de un paso anterior) {description}</translation>
    </message>
    <message>
        <source>in {n}</source>
        <translation>ent. {n}</translation>
    </message>
    <message>
        <source>unit {n}</source>
        <translation>neurona {n}</translation>
    </message>
    <message>
        <source>finite difference for {param}</source>
        <translation>diferencia finita para {param}</translation>
    </message>
    <message>
        <source>(L(θ + ε) − L(θ − ε)) / 2ε with ε = {eps}, each entry moved on its own: an independent check of the backprop value beside it.</source>
        <translation>(L(θ + ε) − L(θ − ε)) / 2ε con ε = {eps}, moviendo cada entrada por separado: una comprobación independiente del valor de retropropagación de al lado.</translation>
    </message>
    <message>
        <source>max |backprop − finite difference| = {diff}</source>
        <translation>máx |retropropagación − diferencia finita| = {diff}</translation>
    </message>
    <message>
        <source>  ({done} of {size} entries: click an entry to check it)</source>
        <translation>  ({done} de {size} entradas: haga clic en una entrada para comprobarla)</translation>
    </message>
    <message>
        <source>click an entry of the gradient to check it</source>
        <translation>haga clic en una entrada del gradiente para comprobarla</translation>
    </message>
    <message>
        <source>{where} = 0 sit at ReLU&apos;s kink: backprop uses h(0) = 0 (as PyTorch does) while the central difference averages the two one-sided slopes, so the two may differ there.</source>
        <translation>{where} = 0 están en el punto de quiebre de ReLU: la retropropagación usa h(0) = 0 (como PyTorch) mientras que la diferencia central promedia las dos pendientes laterales, así que ahí pueden diferir.</translation>
    </message>
    <message>
        <source>{where} = 0 sits at ReLU&apos;s kink: backprop uses h(0) = 0 (as PyTorch does) while the central difference averages the two one-sided slopes, so the two may differ there.</source>
        <translation>{where} = 0 está en el punto de quiebre de ReLU: la retropropagación usa h(0) = 0 (como PyTorch) mientras que la diferencia central promedia las dos pendientes laterales, así que ahí pueden diferir.</translation>
    </message>
</context>
<context>
    <name>TeacherSender</name>
    <message>
        <source>no answer came in time</source>
        <translation>no llegó respuesta a tiempo</translation>
    </message>
    <message>
        <source>cannot reach the teacher&apos;s computer at {address} ({why}); nothing was handed in</source>
        <translation>no se puede conectar con el ordenador del docente en {address} ({why}); no se entregó nada</translation>
    </message>
    <message>
        <source>the teacher&apos;s computer refused the hand-in: {why}</source>
        <translation>el ordenador del docente rechazó la entrega: {why}</translation>
    </message>
    <message>
        <source>handed in to the teacher&apos;s computer as {name}</source>
        <translation>entregado al ordenador del docente como {name}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Timeline: the run&apos;s step</source>
        <translation>Línea de tiempo: paso del entrenamiento</translation>
    </message>
    <message>
        <source>Drag back to see the network as it was at that step (training pauses); release at the right end for the live run. Keys: ← → one step, PgUp/PgDn one epoch, End: live</source>
        <translation>Arrastre hacia atrás para ver la red tal como era en ese paso (el entrenamiento se pausa); suelte en el extremo derecho para el entrenamiento en vivo. Teclas: ← → un paso, RePág/AvPág una época, Fin: en vivo</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>Ramificar aquí</translation>
    </message>
    <message>
        <source>Train on from this step — the same weights, optimizer state and batch position — with the settings now in the panels; the run so far stays on the curves, faded</source>
        <translation>Seguir entrenando desde este paso — los mismos pesos, estado del optimizador y posición del lote — con los ajustes que hay ahora en los paneles; el entrenamiento hasta aquí queda en las curvas, atenuado</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Recorded checkpoint</source>
        <translation>Punto de control registrado</translation>
    </message>
    <message>
        <source>Scrub back through the run&apos;s recorded checkpoints (arrow keys, Page Up/Down, Home, End)</source>
        <translation>Recorrer hacia atrás los puntos de control registrados (flechas, RePág/AvPág, Inicio, Fin)</translation>
    </message>
    <message>
        <source>the network at this step</source>
        <translation>la red en este paso</translation>
    </message>
    <message>
        <source>Loss of every mini-batch (block means)</source>
        <translation>Pérdida de cada minilote (medias por bloques)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>recorded run</source>
        <translation>entrenamiento registrado</translation>
    </message>
    <message>
        <source>Branch with</source>
        <translation>Ramificar con</translation>
    </message>
    <message>
        <source>Branch with settings</source>
        <translation>Ramificar con ajustes</translation>
    </message>
    <message>
        <source>optimizer and settings, e.g. adam lr=0.01</source>
        <translation>optimizador y ajustes, p. ej. adam lr=0.01</translation>
    </message>
    <message>
        <source>The same optimizer keeps its state (only the settings change); another optimizer starts fresh from these weights</source>
        <translation>El mismo optimizador conserva su estado (solo cambian los ajustes); otro optimizador empieza de cero desde estos pesos</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>Branch for epochs</source>
        <translation>Épocas de la rama</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> épocas</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>Ramificar aquí</translation>
    </message>
    <message>
        <source>Animation for slides:</source>
        <translation>Animación para diapositivas:</translation>
    </message>
    <message>
        <source>Animation frames per second</source>
        <translation>Fotogramas por segundo de la animación</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Frame rate of the animation: each frame is one recorded checkpoint</source>
        <translation>Velocidad de la animación: cada fotograma es un punto de control registrado</translation>
    </message>
    <message>
        <source>Animation format</source>
        <translation>Formato de la animación</translation>
    </message>
    <message>
        <source>GIF only: an MP4 encoder would add an ffmpeg binary of tens of MB to ANN Studio</source>
        <translation>Solo GIF: un codificador MP4 añadiría a ANN Studio un binario de ffmpeg de decenas de MB</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>Exportar animación…</translation>
    </message>
    <message>
        <source>Save the run as an animated GIF: per checkpoint (at most {n}, spread evenly) the boundary and the loss curve up to that step</source>
        <translation>Guardar el entrenamiento como GIF animado: por punto de control (como máximo {n}, repartidos por igual) la frontera y la curva de pérdida hasta ese paso</translation>
    </message>
    <message>
        <source>timeline: {n} checkpoints, one every {k} steps, {size} of {budget} (older checkpoints are thinned out to stay within it)</source>
        <translation>línea de tiempo: {n} puntos de control, uno cada {k} pasos, {size} de {budget} (los más antiguos se reducen para no superarlo)</translation>
    </message>
    <message>
        <source>timeline: {n} checkpoints, one every step, {size} of {budget} (older checkpoints are thinned out to stay within it)</source>
        <translation>línea de tiempo: {n} puntos de control, uno por paso, {size} de {budget} (los más antiguos se reducen para no superarlo)</translation>
    </message>
    <message>
        <source>; its batch loss {loss}</source>
        <translation>; su pérdida del lote {loss}</translation>
    </message>
    <message>
        <source>step {step} of {steps} ({place}){loss}</source>
        <translation>paso {step} de {steps} ({place}){loss}</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Exportar animación</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animado (*.gif)</translation>
    </message>
    <message>
        <source>export canceled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message>
        <source>rendering {n} frames…</source>
        <translation>generando {n} fotogramas…</translation>
    </message>
    <message>
        <source>saved {name}: {n} frames at {fps} frames/s ({size})</source>
        <translation>guardado {name}: {n} fotogramas a {fps} fps ({size})</translation>
    </message>
    <message>
        <source>{settings} from step {step}</source>
        <translation>{settings} desde el paso {step}</translation>
    </message>
    <message>
        <source>training the branch “{label}”…</source>
        <translation>entrenando la rama «{label}»…</translation>
    </message>
    <message>
        <source>the branch stopped: {reason}</source>
        <translation>la rama se detuvo: {reason}</translation>
    </message>
    <message>
        <source>branch “{label}”: {n} steps, mean loss of its last 10 batches {loss}{note}</source>
        <translation>rama «{label}»: {n} pasos, pérdida media de sus últimos 10 lotes {loss}{note}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>SGD (+ momentum)</source>
        <translation>SGD (+ momento)</translation>
    </message>
    <message>
        <source>Momentum (lecture form)</source>
        <translation>Momento (forma de clase)</translation>
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
        <translation>RMSProp (forma de clase)</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Lecture: W ← W − η ∇Q(W) (lr = η); torch&apos;s momentum μ keeps a velocity v.</source>
        <translation>Clase: W ← W − η ∇Q(W) (lr = η); el momento μ de torch mantiene una velocidad v.</translation>
    </message>
    <message>
        <source>Lecture: ΔW_t = (1−η)ΔW_{t−1} + η∇Q(W_t), W_{t+1} = W_t − αΔW_t, ΔW_0 = 0 (lr = α, eta = η); lecture run: α = 0.04, η = 0.7.</source>
        <translation>Clase: ΔW_t = (1−η)ΔW_{t−1} + η∇Q(W_t), W_{t+1} = W_t − αΔW_t, ΔW_0 = 0 (lr = α, eta = η); ejecución de la clase: α = 0,04, η = 0,7.</translation>
    </message>
    <message>
        <source>Lecture: each gradient component is divided by the square root of the running sum of its squares, step rate η; its formula writes + (a typo). Its code puts ε inside the root, √(G + ε); torch and this app add it outside, √G + ε.</source>
        <translation>Clase: cada componente del gradiente se divide por la raíz cuadrada de la suma acumulada de sus cuadrados, con paso η; su fórmula escribe + (una errata). Su código pone ε dentro de la raíz, √(G + ε); torch y esta aplicación lo suman fuera, √G + ε.</translation>
    </message>
    <message>
        <source>torch&apos;s RMSprop keeps v per component; its alpha is the lecture&apos;s γ (not the α of the lecture&apos;s momentum). The lecture&apos;s form keeps one v per matrix (choose &apos;RMSProp (lecture form)&apos;).</source>
        <translation>El RMSprop de torch guarda v por componente; su alpha es la γ de la clase (no la α del momento de la clase). La forma de clase guarda una v por matriz (elige «RMSProp (forma de clase)»).</translation>
    </message>
    <message>
        <source>Lecture&apos;s code: v = γv + (1−γ)‖∇‖², W ← W − η∇/√v (one v per matrix); it starts v at 1 and has no ε (this app starts v at 0 and adds ε). Its formula divides by v, its code by √v (the app follows the code).</source>
        <translation>Código de la clase: v = γv + (1−γ)‖∇‖², W ← W − η∇/√v (una v por matriz); empieza con v en 1 y no tiene ε (esta aplicación empieza con v en 0 y suma ε). Su fórmula divide por v, su código por √v (la aplicación sigue el código).</translation>
    </message>
    <message>
        <source>Not the lecture&apos;s training loop (that is SGD): Adam appears among its other optimizers, as torch.optim.Adam (lr 1e-3).</source>
        <translation>No es el bucle de entrenamiento de la clase (que es SGD): Adam aparece entre sus otros optimizadores, como torch.optim.Adam (lr 1e-3).</translation>
    </message>
    <message>
        <source>learning rate: the step size (η in the lecture, α in its momentum form)</source>
        <translation>tasa de aprendizaje: el tamaño del paso (η en la clase, α en su forma con momento)</translation>
    </message>
    <message>
        <source>momentum μ: v ← μv + (1−dampening)∇ (0 = plain SGD)</source>
        <translation>momento μ: v ← μv + (1−dampening)∇ (0 = SGD simple)</translation>
    </message>
    <message>
        <source>dampening: how much of the new gradient enters the velocity</source>
        <translation>amortiguación: cuánto del nuevo gradiente entra en la velocidad</translation>
    </message>
    <message>
        <source>weight decay λ: adds λW to the gradient (L2 penalty)</source>
        <translation>decaimiento de pesos λ: suma λW al gradiente (penalización L2)</translation>
    </message>
    <message>
        <source>Nesterov momentum: step with ∇ + μv</source>
        <translation>momento de Nesterov: paso con ∇ + μv</translation>
    </message>
    <message>
        <source>η: weight of the new gradient in ΔW_t = (1−η)ΔW_{t−1} + η∇</source>
        <translation>η: peso del nuevo gradiente en ΔW_t = (1−η)ΔW_{t−1} + η∇</translation>
    </message>
    <message>
        <source>lr decay: lr_t = lr / (1 + (t−1)·decay)</source>
        <translation>decaimiento de lr: lr_t = lr / (1 + (t−1)·decay)</translation>
    </message>
    <message>
        <source>the starting value of the sum of squared gradients G</source>
        <translation>el valor inicial de la suma de gradientes al cuadrado G</translation>
    </message>
    <message>
        <source>ε: keeps the division finite</source>
        <translation>ε: mantiene finita la división</translation>
    </message>
    <message>
        <source>α: decay of the running average v of squared gradients (the lecture&apos;s γ)</source>
        <translation>α: decaimiento de la media móvil v de los gradientes al cuadrado (la γ de la clase)</translation>
    </message>
    <message>
        <source>centred: divide by the square root of the variance estimate instead of the root mean square</source>
        <translation>centrado: dividir por la raíz cuadrada de la estimación de la varianza en lugar de la media cuadrática</translation>
    </message>
    <message>
        <source>γ: decay of the running average v = γv + (1−γ)‖∇‖²</source>
        <translation>γ: decaimiento de la media móvil v = γv + (1−γ)‖∇‖²</translation>
    </message>
    <message>
        <source>β₁, β₂: decays of the running means of ∇ and ∇²</source>
        <translation>β₁, β₂: decaimientos de las medias móviles de ∇ y ∇²</translation>
    </message>
    <message>
        <source>AMSGrad: use the maximum of v seen so far</source>
        <translation>AMSGrad: usar el máximo de v visto hasta ahora</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>Momento μ</translation>
    </message>
    <message>
        <source>Dampening</source>
        <translation>Amortiguación</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Decaimiento de pesos</translation>
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
        <translation>Decaimiento de lr</translation>
    </message>
    <message>
        <source>Initial G</source>
        <translation>G inicial</translation>
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
        <translation>Centrado</translation>
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
        <translation>CUDA (GPU de NVIDIA)</translation>
    </message>
    <message>
        <source>MPS (Apple GPU)</source>
        <translation>MPS (GPU de Apple)</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>Ejecutar ▶</translation>
    </message>
    <message>
        <source>Train until the epoch count (or until paused)  [Space]</source>
        <translation>Entrenar hasta el número de épocas (o hasta pausar)  [Espacio]</translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation>Un lote</translation>
    </message>
    <message>
        <source>Train one mini-batch  [S]</source>
        <translation>Entrenar un minilote  [S]</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>Una época</translation>
    </message>
    <message>
        <source>Train to the end of this epoch</source>
        <translation>Entrenar hasta el final de esta época</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>New initial weights (same seed), history cleared  [R]</source>
        <translation>Nuevos pesos iniciales (misma semilla), historial borrado  [R]</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño del lote</translation>
    </message>
    <message>
        <source>Run stops after this many epochs in total ({bounds})</source>
        <translation>La ejecución se detiene tras este número total de épocas ({bounds})</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>hasta parar</translation>
    </message>
    <message>
        <source>Run until you press Pause</source>
        <translation>Ejecutar hasta que pulses Pausa</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Velocidad de entrenamiento</translation>
    </message>
    <message>
        <source>How fast training runs: slow enough to watch each step move the boundary, or as fast as the engine can</source>
        <translation>Qué tan rápido va el entrenamiento: lo bastante lento para ver cómo cada paso mueve la frontera, o tan rápido como pueda el motor</translation>
    </message>
    <message>
        <source>one step per frame</source>
        <translation>un paso por fotograma</translation>
    </message>
    <message>
        <source>Each step waits until the window has drawn the last one</source>
        <translation>Cada paso espera a que la ventana haya dibujado el anterior</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Pause ❚❚</source>
        <translation>Pausa ❚❚</translation>
    </message>
    <message>
        <source>Pause training  [Space]</source>
        <translation>Pausar el entrenamiento  [Espacio]</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>choose the PyTorch engine to check this device</source>
        <translation>elige el motor PyTorch para comprobar este dispositivo</translation>
    </message>
    <message>
        <source>Train on {device}</source>
        <translation>Entrenar en {device}</translation>
    </message>
    <message>
        <source>the NumPy engine runs on the CPU only; choose PyTorch for a GPU</source>
        <translation>el motor NumPy solo funciona en la CPU; elige PyTorch para una GPU</translation>
    </message>
    <message>
        <source>Training panel</source>
        <translation>Panel de entrenamiento</translation>
    </message>
</context>
<context>
    <name>ViewDriver</name>
    <message>
        <source>Neuron {j} of {layer}: z over the input plane (max |z| = {scale})</source>
        <translation>Neurona {j} de {layer}: z sobre el plano de entrada (máx. |z| = {scale})</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start again with the lecture run</source>
        <translation>Empezar de nuevo con la ejecución de la clase</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open an experiment file</source>
        <translation>Abrir un archivo de experimento</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the experiment</source>
        <translation>Guardar el experimento</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the experiment as a new file</source>
        <translation>Guardar el experimento en un archivo nuevo</translation>
    </message>
    <message>
        <source>PyTorch script…</source>
        <translation>Script de PyTorch…</translation>
    </message>
    <message>
        <source>Write the equivalent PyTorch script</source>
        <translation>Escribir el script de PyTorch equivalente</translation>
    </message>
    <message>
        <source>Loss history CSV…</source>
        <translation>Historial de pérdida en CSV…</translation>
    </message>
    <message>
        <source>Per-epoch losses and accuracy as CSV, then the current metrics (confusion matrix, …)</source>
        <translation>Pérdidas y precisión por época en CSV, y luego las métricas actuales (matriz de confusión, …)</translation>
    </message>
    <message>
        <source>Plot as PNG/SVG…</source>
        <translation>Gráfica como PNG/SVG…</translation>
    </message>
    <message>
        <source>Save the loss curves as an image</source>
        <translation>Guardar las curvas de pérdida como imagen</translation>
    </message>
    <message>
        <source>Window as PNG…</source>
        <translation>Ventana como PNG…</translation>
    </message>
    <message>
        <source>Save a picture of the whole window</source>
        <translation>Guardar una imagen de toda la ventana</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>&amp;Entregar…</translation>
    </message>
    <message>
        <source>Hand this trained run in for a challenge, to a folder your teacher collects from</source>
        <translation>Entregar esta ejecución entrenada para un reto, en una carpeta que recoge tu profesor</translation>
    </message>
    <message>
        <source>New &amp;challenge…</source>
        <translation>Nuevo &amp;reto…</translation>
    </message>
    <message>
        <source>Turn this experiment into a challenge for the class: a file for the students and a key with the held-out points for you</source>
        <translation>Convertir este experimento en un reto para la clase: un archivo para los estudiantes y una clave con los puntos reservados para ti</translation>
    </message>
    <message>
        <source>Collect from &amp;folder…</source>
        <translation>Recoger de una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Score every hand-in of a folder on the key&apos;s held-out points and show the class</source>
        <translation>Puntuar cada entrega de una carpeta con los puntos reservados de la clave y mostrar la clase</translation>
    </message>
    <message>
        <source>Collect from .&amp;zip…</source>
        <translation>Recoger de un .&amp;zip…</translation>
    </message>
    <message>
        <source>Score every hand-in of a .zip (from a learning platform) and show the class</source>
        <translation>Puntuar cada entrega de un .zip (de una plataforma de aprendizaje) y mostrar la clase</translation>
    </message>
    <message>
        <source>&amp;Receive hand-ins on this network…</source>
        <translation>&amp;Recibir entregas en esta red…</translation>
    </message>
    <message>
        <source>Let the students hand in from their computers to this one, over the classroom&apos;s network; the class table follows as hand-ins arrive</source>
        <translation>Los estudiantes entregan desde sus ordenadores a este, por la red del aula; la tabla de la clase se actualiza a medida que llegan las entregas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close ANN Studio</source>
        <translation>Cerrar ANN Studio</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>Ejecutar ▶</translation>
    </message>
    <message>
        <source>Run or pause training  [Space]</source>
        <translation>Ejecutar o pausar el entrenamiento  [Espacio]</translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation>Un lote</translation>
    </message>
    <message>
        <source>Train one mini-batch  [S]</source>
        <translation>Entrenar un minilote  [S]</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>Una época</translation>
    </message>
    <message>
        <source>Train one epoch  [Shift+S]</source>
        <translation>Entrenar una época  [Mayús+S]</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>New initial weights, history cleared  [R]</source>
        <translation>Nuevos pesos iniciales, historial borrado  [R]</translation>
    </message>
    <message>
        <source>Step-through &amp;inspector</source>
        <translation>&amp;Inspector paso a paso</translation>
    </message>
    <message>
        <source>Step through forward and backward pass for one point</source>
        <translation>Recorrer paso a paso la pasada hacia delante y hacia atrás de un punto</translation>
    </message>
    <message>
        <source>&amp;About ANN Studio</source>
        <translation>&amp;Acerca de ANN Studio</translation>
    </message>
    <message>
        <source>&amp;Notation</source>
        <translation>&amp;Notación</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>What to do first, step by step</source>
        <translation>Qué hacer primero, paso a paso</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every key the window understands</source>
        <translation>Todas las teclas que entiende la ventana</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Tema oscuro</translation>
    </message>
    <message>
        <source>Dark colours</source>
        <translation>Colores oscuros</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Black on white with strong lines, for a washed-out projector or low vision</source>
        <translation>Negro sobre blanco con líneas gruesas, para un proyector desvaído o baja visión</translation>
    </message>
    <message>
        <source>Larger fonts (projector)</source>
        <translation>Letra más grande (proyector)</translation>
    </message>
    <message>
        <source>Bigger text for a projector</source>
        <translation>Texto más grande para un proyector</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>Large fonts, thick lines, big points and a large status line: readable from the back of a room on a projector</source>
        <translation>Letra grande, líneas gruesas, puntos grandes y una línea de estado grande: legible desde el fondo del aula con un proyector</translation>
    </message>
    <message>
        <source>Dataset panel</source>
        <translation>Panel de datos</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Dataset panel</source>
        <translation>Llevar el foco del teclado al panel de datos</translation>
    </message>
    <message>
        <source>Network panel</source>
        <translation>Panel de red</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Network panel</source>
        <translation>Llevar el foco del teclado al panel de red</translation>
    </message>
    <message>
        <source>Training panel</source>
        <translation>Panel de entrenamiento</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Training panel</source>
        <translation>Llevar el foco del teclado al panel de entrenamiento</translation>
    </message>
    <message>
        <source>Data view (arrow keys move a cross)</source>
        <translation>Vista de datos (las flechas mueven una cruz)</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Data view</source>
        <translation>Llevar el foco del teclado a la vista de datos</translation>
    </message>
    <message>
        <source>PyTorch layer order (fc1 = first)</source>
        <translation>Orden de capas de PyTorch (fc1 = primera)</translation>
    </message>
    <message>
        <source>Number layers from the input like PyTorch instead of from the output</source>
        <translation>Numerar las capas desde la entrada como PyTorch en lugar de desde la salida</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Clase</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source> Learning rate </source>
        <translation> Tasa de aprendizaje </translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Learning rate: change it while training</source>
        <translation>Tasa de aprendizaje: cámbiala mientras entrena</translation>
    </message>
    <message>
        <source>  Speed </source>
        <translation>  Velocidad </translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Velocidad de entrenamiento</translation>
    </message>
    <message>
        <source>{tip} (also on the Training panel)</source>
        <translation>{tip} (también en el panel de entrenamiento)</translation>
    </message>
</context>
<context>
    <name>busy</name>
    <message>
        <source>another file is still being read; wait for it or cancel it</source>
        <translation>todavía se está leyendo otro archivo; espera o cancélalo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>se canceló la lectura</translation>
    </message>
</context>
<context>
    <name>challenge_dialog</name>
    <message>
        <source>, derived inputs {features}</source>
        <translation>, entradas derivadas {features}</translation>
    </message>
    <message>
        <source>The {name} set shipped with ANN Studio ({n} points{extra}).</source>
        <translation>El conjunto {name} incluido con ANN Studio ({n} puntos{extra}).</translation>
    </message>
    <message>
        <source>Public: its points ship with every copy of ANN Studio, held-out ones too, so a student could train on them; for a graded challenge use a generator or your own CSV.</source>
        <translation>Público: sus puntos vienen con cada copia de ANN Studio, también los reservados, así que un estudiante podría entrenar con ellos; para un reto evaluado use un generador o su propio CSV.</translation>
    </message>
    <message>
        <source>, {n} classes</source>
        <translation>, {n} clases</translation>
    </message>
    <message>
        <source>The {name} generator: {n} points, noise {noise}{classes}{extra}.</source>
        <translation>El generador {name}: {n} puntos, ruido {noise}{classes}{extra}.</translation>
    </message>
    <message>
        <source>Redrawn with a secret seed, so no student can regenerate the held-out points (the points differ from the ones on screen).</source>
        <translation>Se vuelve a generar con una semilla secreta, así que ningún estudiante puede regenerar los puntos reservados (los puntos difieren de los de la pantalla).</translation>
    </message>
    <message>
        <source>The CSV file {name}: {n} points{extra}.</source>
        <translation>El archivo CSV {name}: {n} puntos{extra}.</translation>
    </message>
    <message>
        <source>A CSV file: {n} points{extra}.</source>
        <translation>Un archivo CSV: {n} puntos{extra}.</translation>
    </message>
    <message>
        <source>{n} points drawn or edited by hand{extra}.</source>
        <translation>{n} puntos dibujados o editados a mano{extra}.</translation>
    </message>
    <message>
        <source>The held-out points are picked by a secret shuffle of these points.</source>
        <translation>Los puntos reservados se eligen barajando en secreto estos puntos.</translation>
    </message>
</context>
<context>
    <name>challenge_mode</name>
    <message>
        <source>over the limit</source>
        <translation>por encima del límite</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <source>Limit on the parameters</source>
        <translation>Límite de parámetros</translation>
    </message>
    <message>
        <source>Limit on the epochs</source>
        <translation>Límite de épocas</translation>
    </message>
    <message>
        <source>Limit on the optimizer</source>
        <translation>Límite del optimizador</translation>
    </message>
    <message>
        <source>Limit on the activations</source>
        <translation>Límite de las activaciones</translation>
    </message>
    <message>
        <source>Locked by the challenge: {reason}</source>
        <translation>Bloqueado por el reto: {reason}</translation>
    </message>
    <message>
        <source>{n} / {most} parameters</source>
        <translation>{n} / {most} parámetros</translation>
    </message>
    <message>
        <source>epochs {n} / {most}, until stopped</source>
        <translation>épocas {n} / {most}, hasta detener</translation>
    </message>
    <message>
        <source>epochs {n} / {most}</source>
        <translation>épocas {n} / {most}</translation>
    </message>
    <message>
        <source>optimizer: {mine} (allowed: {allowed})</source>
        <translation>optimizador: {mine} (permitidos: {allowed})</translation>
    </message>
    <message>
        <source>activations: {mine} (allowed: {allowed})</source>
        <translation>activaciones: {mine} (permitidas: {allowed})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>class_plots</name>
    <message>
        <source>1 layer</source>
        <translation>1 capa</translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation>{n} capas</translation>
    </message>
</context>
<context>
    <name>class_view</name>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>not finite</source>
        <translation>no finito</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>rechazada: {reason}</translation>
    </message>
    <message>
        <source>1 hand-in file</source>
        <translation>1 archivo de entrega</translation>
    </message>
    <message>
        <source>{n} hand-in files</source>
        <translation>{n} archivos de entrega</translation>
    </message>
    <message>
        <source>{n} ranked</source>
        <translation>{n} clasificadas</translation>
    </message>
    <message>
        <source>{n} flagged</source>
        <translation>{n} señaladas</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>{n} rechazadas</translation>
    </message>
    <message>
        <source>1 other file ignored</source>
        <translation>1 archivo más ignorado</translation>
    </message>
    <message>
        <source>{n} other files ignored</source>
        <translation>{n} archivos más ignorados</translation>
    </message>
    <message>
        <source>{title}: {parts}. Scores are {measure}, computed here on the key&apos;s held-out points (from {source}).</source>
        <translation>{title}: {parts}. Puntuación: {measure}, calculada aquí con los puntos reservados de la clave (de {source}).</translation>
    </message>
</context>
<context>
    <name>classroom</name>
    <message>
        <source>held-out accuracy</source>
        <translation>exactitud en los reservados</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>pérdida en los reservados</translation>
    </message>
    <message>
        <source>held-out R²</source>
        <translation>R² en los reservados</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>el conjunto de datos</translation>
    </message>
    <message>
        <source>Everyone trains on the same points, so the held-out scores compare.</source>
        <translation>Todos entrenan con los mismos puntos, así las puntuaciones en los reservados son comparables.</translation>
    </message>
    <message>
        <source>the derived features</source>
        <translation>las características derivadas</translation>
    </message>
    <message>
        <source>The inputs are part of the task.</source>
        <translation>Las entradas son parte de la tarea.</translation>
    </message>
    <message>
        <source>standardisation</source>
        <translation>la estandarización</translation>
    </message>
    <message>
        <source>The inputs are given as they are.</source>
        <translation>Las entradas se dan tal como están.</translation>
    </message>
    <message>
        <source>the hidden layers</source>
        <translation>las capas ocultas</translation>
    </message>
    <message>
        <source>The network&apos;s shape is given; the task is about the other choices.</source>
        <translation>La forma de la red está dada; la tarea trata de las demás decisiones.</translation>
    </message>
    <message>
        <source>the activations</source>
        <translation>las activaciones</translation>
    </message>
    <message>
        <source>The activations are given.</source>
        <translation>Las activaciones están dadas.</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>la capa de salida</translation>
    </message>
    <message>
        <source>The output layer follows from the task.</source>
        <translation>La capa de salida se deduce de la tarea.</translation>
    </message>
    <message>
        <source>the initial weights</source>
        <translation>los pesos iniciales</translation>
    </message>
    <message>
        <source>Everyone starts from the same weights.</source>
        <translation>Todos empiezan con los mismos pesos.</translation>
    </message>
    <message>
        <source>the optimizer</source>
        <translation>el optimizador</translation>
    </message>
    <message>
        <source>The optimizer is given.</source>
        <translation>El optimizador está dado.</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>The learning rate is given.</source>
        <translation>La tasa de aprendizaje está dada.</translation>
    </message>
    <message>
        <source>the optimizer&apos;s hyperparameters</source>
        <translation>los hiperparámetros del optimizador</translation>
    </message>
    <message>
        <source>The optimizer&apos;s settings are given.</source>
        <translation>Los ajustes del optimizador están dados.</translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation>el tamaño del lote</translation>
    </message>
    <message>
        <source>The batch size is given.</source>
        <translation>El tamaño del lote está dado.</translation>
    </message>
    <message>
        <source>the number of epochs</source>
        <translation>el número de épocas</translation>
    </message>
    <message>
        <source>Everyone trains for the same number of epochs.</source>
        <translation>Todos entrenan el mismo número de épocas.</translation>
    </message>
    <message>
        <source>the batch order</source>
        <translation>el orden de los lotes</translation>
    </message>
    <message>
        <source>Everyone sees the batches in the same order.</source>
        <translation>Todos ven los lotes en el mismo orden.</translation>
    </message>
</context>
<context>
    <name>compare_windows</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Optimizer &amp;race…</source>
        <translation>&amp;Carrera de optimizadores…</translation>
    </message>
    <message>
        <source>Train several optimizers from the same initial weights on the same batches</source>
        <translation>Entrenar varios optimizadores desde los mismos pesos iniciales con los mismos lotes</translation>
    </message>
    <message>
        <source>Loss &amp;landscape…</source>
        <translation>Paisaje de &amp;pérdida…</translation>
    </message>
    <message>
        <source>The training loss over a plane through the current weights; click to move there</source>
        <translation>La pérdida de entrenamiento sobre un plano que pasa por los pesos actuales; haga clic para ir allí</translation>
    </message>
    <message>
        <source>&amp;Timeline and branches…</source>
        <translation>Línea de &amp;tiempo y ramas…</translation>
    </message>
    <message>
        <source>Record a run of this experiment, scrub back through it and branch with other settings</source>
        <translation>Registrar un entrenamiento de este experimento, recorrerlo hacia atrás y ramificarlo con otros ajustes</translation>
    </message>
    <message>
        <source>{title} — ANN Studio</source>
        <translation>{title} — ANN Studio</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>Carrera de optimizadores</translation>
    </message>
    <message>
        <source>The map of the window&apos;s current weights (random directions: the window&apos;s live run keeps no recorded path; the Timeline window&apos;s runs do). Press Compute map; a click sets the window&apos;s weights there.</source>
        <translation>El mapa de los pesos actuales de la ventana (direcciones aleatorias: el entrenamiento en vivo de la ventana no registra trayectoria; los de la ventana Línea de tiempo sí). Pulse «Calcular mapa»; un clic lleva allí los pesos de la ventana.</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Paisaje de pérdida</translation>
    </message>
    <message>
        <source>recording {epochs} epochs of {settings} from the experiment&apos;s initial weights…</source>
        <translation>registrando {epochs} épocas de {settings} desde los pesos iniciales del experimento…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
</context>
<context>
    <name>engine_note</name>
    <message>
        <source>{engine} on {device}: only PyTorch runs on a GPU.</source>
        <translation>{engine} en {device}: solo PyTorch funciona en una GPU.</translation>
    </message>
    <message>
        <source>one step is F = batch × Σ d_in·d_out = {flops} multiply-adds (PyTorch {dtype} pays off from about {threshold})</source>
        <translation>un paso es F = batch × Σ d_in·d_out = {flops} multiplicaciones-sumas (PyTorch {dtype} compensa a partir de unas {threshold})</translation>
    </message>
    <message>
        <source>PyTorch on the CPU runs slower than NumPy on a network this small: {work}, so its fixed cost per step outweighs the work. Engine &apos;auto&apos; would pick NumPy here.</source>
        <translation>PyTorch en la CPU va más lento que NumPy con una red tan pequeña: {work}, así que su coste fijo por paso supera al trabajo. El motor «auto» elegiría aquí NumPy.</translation>
    </message>
    <message>
        <source>PyTorch on the CPU: {work}; large enough for PyTorch to be the faster engine.</source>
        <translation>PyTorch en la CPU: {work}; lo bastante grande para que PyTorch sea el motor más rápido.</translation>
    </message>
    <message>
        <source>Engine &apos;auto&apos; picked NumPy: {work}.</source>
        <translation>El motor «auto» eligió NumPy: {work}.</translation>
    </message>
    <message>
        <source>NumPy on the CPU: {work}.</source>
        <translation>NumPy en la CPU: {work}.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>choose a .png or .svg file name, not {name}</source>
        <translation>elija un nombre de archivo .png o .svg, no {name}</translation>
    </message>
    <message>
        <source>the plot has no size to export yet</source>
        <translation>el gráfico aún no tiene tamaño para exportarlo</translation>
    </message>
    <message>
        <source>Qt could not write the PNG image</source>
        <translation>Qt no pudo escribir la imagen PNG</translation>
    </message>
    <message>
        <source>nothing was written to {name}</source>
        <translation>no se escribió nada en {name}</translation>
    </message>
    <message>
        <source>could not save {path}: {reason}</source>
        <translation>no se pudo guardar {path}: {reason}</translation>
    </message>
    <message>
        <source>there is no plot to export</source>
        <translation>no hay ningún gráfico que exportar</translation>
    </message>
    <message>
        <source>an ANN Studio experiment</source>
        <translation>un experimento de ANN Studio</translation>
    </message>
    <message>
        <source>a Python script</source>
        <translation>un script de Python</translation>
    </message>
    <message>
        <source>another kind of file</source>
        <translation>otro tipo de archivo</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>PyTorch script (multi-GPU, torchrun)…</source>
        <translation>Script de PyTorch (varias GPU, torchrun)…</translation>
    </message>
    <message>
        <source>The same script, ready for many GPUs: runs as python train_ddp.py or as torchrun --nproc_per_node=N train_ddp.py, with the same batch and learning rate</source>
        <translation>El mismo script, listo para muchas GPU: se ejecuta como python train_ddp.py o como torchrun --nproc_per_node=N train_ddp.py, con el mismo lote y la misma tasa de aprendizaje</translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>{goal} at epoch {epoch}</source>
        <translation>{goal} en la época {epoch}</translation>
    </message>
    <message>
        <source>{goal}  (now {value})</source>
        <translation>{goal}  (ahora {value})</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>pérdida de prueba</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>exactitud de entrenamiento</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>exactitud de prueba</translation>
    </message>
    <message>
        <source>lowest training loss</source>
        <translation>pérdida de entrenamiento mínima</translation>
    </message>
    <message>
        <source>epochs trained</source>
        <translation>épocas entrenadas</translation>
    </message>
    <message>
        <source>epochs to reach loss {loss}</source>
        <translation>épocas hasta una pérdida de {loss}</translation>
    </message>
    <message>
        <source>first layer&apos;s gradient norm / last layer&apos;s</source>
        <translation>norma del gradiente de la primera capa / de la última</translation>
    </message>
    <message>
        <source>epochs whose loss went up</source>
        <translation>épocas en que subió la pérdida</translation>
    </message>
    <message>
        <source>largest rise of the loss between epochs</source>
        <translation>mayor subida de la pérdida entre épocas</translation>
    </message>
    <message>
        <source>largest climb above the lowest loss so far</source>
        <translation>mayor subida por encima de la pérdida mínima hasta entonces</translation>
    </message>
    <message>
        <source>share of steps whose batch loss went up</source>
        <translation>proporción de pasos en que subió la pérdida del lote</translation>
    </message>
    <message>
        <source>hidden units in all</source>
        <translation>neuronas ocultas en total</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>capas ocultas</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Row vectors: &lt;b&gt;u = z W + b&lt;/b&gt;. A network with K weight layers, numbered from the output: the input is z&lt;sub&gt;K&lt;/sub&gt; = x; for i = K … 1: u&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt; W&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;i&lt;/sub&gt;, z&lt;sub&gt;i−1&lt;/sub&gt; = φ&lt;sub&gt;i&lt;/sub&gt;(u&lt;sub&gt;i&lt;/sub&gt;); the output is z&lt;sub&gt;0&lt;/sub&gt;.</source>
        <translation>Vectores fila: &lt;b&gt;u = z W + b&lt;/b&gt;. Una red con K capas de pesos, numeradas desde la salida: la entrada es z&lt;sub&gt;K&lt;/sub&gt; = x; para i = K … 1: u&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt; W&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;i&lt;/sub&gt;, z&lt;sub&gt;i−1&lt;/sub&gt; = φ&lt;sub&gt;i&lt;/sub&gt;(u&lt;sub&gt;i&lt;/sub&gt;); la salida es z&lt;sub&gt;0&lt;/sub&gt;.</translation>
    </message>
    <message>
        <source>W&lt;sub&gt;i&lt;/sub&gt; has shape d&lt;sub&gt;i&lt;/sub&gt; × d&lt;sub&gt;i−1&lt;/sub&gt; (rows = inputs of that layer), so the number of parameters is Σ&lt;sub&gt;i&lt;/sub&gt; d&lt;sub&gt;i−1&lt;/sub&gt;(d&lt;sub&gt;i&lt;/sub&gt; + 1).</source>
        <translation>W&lt;sub&gt;i&lt;/sub&gt; tiene forma d&lt;sub&gt;i&lt;/sub&gt; × d&lt;sub&gt;i−1&lt;/sub&gt; (filas = entradas de esa capa), así que el número de parámetros es Σ&lt;sub&gt;i&lt;/sub&gt; d&lt;sub&gt;i−1&lt;/sub&gt;(d&lt;sub&gt;i&lt;/sub&gt; + 1).</translation>
    </message>
    <message>
        <source>Layer 1 is the output layer. PyTorch numbers the other way (fc1 is next to the input): View ▸ PyTorch layer order switches the labels.</source>
        <translation>La capa 1 es la capa de salida. PyTorch numera al revés (fc1 está junto a la entrada): Ver ▸ Orden de capas de PyTorch cambia las etiquetas.</translation>
    </message>
    <message>
        <source>Binary classification: z&lt;sub&gt;0&lt;/sub&gt; = σ(u&lt;sub&gt;1&lt;/sub&gt;), loss −log σ(y·u) for labels y = ±1 (the same as cross entropy with 0/1 labels). Multi-class: softmax + cross entropy. Regression: identity + mean squared error.</source>
        <translation>Clasificación binaria: z&lt;sub&gt;0&lt;/sub&gt; = σ(u&lt;sub&gt;1&lt;/sub&gt;), pérdida −log σ(y·u) para etiquetas y = ±1 (lo mismo que la entropía cruzada con etiquetas 0/1). Multiclase: softmax + entropía cruzada. Regresión: identidad + error cuadrático medio.</translation>
    </message>
    <message>
        <source>Backpropagation: ∂L/∂W&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; δ&lt;sub&gt;i&lt;/sub&gt; with δ&lt;sub&gt;i&lt;/sub&gt; = ∂L/∂u&lt;sub&gt;i&lt;/sub&gt;; the δ travel from the output towards the input through the Jacobians ∇φ and W&lt;sup&gt;T&lt;/sup&gt;.</source>
        <translation>Retropropagación: ∂L/∂W&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; δ&lt;sub&gt;i&lt;/sub&gt; con δ&lt;sub&gt;i&lt;/sub&gt; = ∂L/∂u&lt;sub&gt;i&lt;/sub&gt;; las δ viajan de la salida hacia la entrada a través de las jacobianas ∇φ y W&lt;sup&gt;T&lt;/sup&gt;.</translation>
    </message>
    <message>
        <source>Notation (as in the lecture)</source>
        <translation>Notación (como en la clase)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Move the cross</source>
        <translation>Mover la cruz</translation>
    </message>
    <message>
        <source>←  →  ↑  ↓ (Shift: larger steps)</source>
        <translation>←  →  ↑  ↓ (Mayús: pasos más grandes)</translation>
    </message>
    <message>
        <source>Click there (the Dataset panel&apos;s tool)</source>
        <translation>Hacer clic allí (la herramienta del panel Datos)</translation>
    </message>
    <message>
        <source>Space, Enter</source>
        <translation>Espacio, Intro</translation>
    </message>
    <message>
        <source>Erase the nearest point</source>
        <translation>Borrar el punto más cercano</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Inspect the nearest point</source>
        <translation>Inspeccionar el punto más cercano</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>In the data view</source>
        <translation>En la vista de datos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data&lt;/b&gt; — in the &lt;i&gt;Dataset&lt;/i&gt; panel pick a dataset (two moons, circles, spirals …) or import a CSV; or open a ready-made lesson from the &lt;i&gt;Lessons&lt;/i&gt; menu.</source>
        <translation>&lt;b&gt;Datos&lt;/b&gt; — en el panel &lt;i&gt;Datos&lt;/i&gt; elija un conjunto de datos (dos lunas, círculos, espirales …) o importe un CSV; o abra una lección preparada desde el menú &lt;i&gt;Lecciones&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Network&lt;/b&gt; — in the &lt;i&gt;Network&lt;/i&gt; panel add hidden layers and set each one&apos;s width and activation; the diagram under the data shows the result.</source>
        <translation>&lt;b&gt;Red&lt;/b&gt; — en el panel &lt;i&gt;Red&lt;/i&gt; añada capas ocultas y fije el ancho y la función de activación de cada una; el diagrama bajo los datos muestra el resultado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training&lt;/b&gt; — in the &lt;i&gt;Training&lt;/i&gt; panel choose the optimizer, the learning rate, the batch size and the number of epochs.</source>
        <translation>&lt;b&gt;Entrenamiento&lt;/b&gt; — en el panel &lt;i&gt;Entrenamiento&lt;/i&gt; elija el optimizador, la tasa de aprendizaje, el tamaño del lote y el número de épocas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run&lt;/b&gt; — press &lt;i&gt;Run ▶&lt;/i&gt;{run} and watch the decision boundary, the loss curves and every layer&apos;s neurons change. &lt;i&gt;Step batch&lt;/i&gt;{step_batch} and &lt;i&gt;Step epoch&lt;/i&gt;{step_epoch} train a little at a time; &lt;i&gt;Reset&lt;/i&gt;{reset} starts again from new initial weights.</source>
        <translation>&lt;b&gt;Ejecutar&lt;/b&gt; — pulse &lt;i&gt;Ejecutar ▶&lt;/i&gt;{run} y observe cómo cambian la frontera de decisión, las curvas de pérdida y las neuronas de cada capa. &lt;i&gt;Un lote&lt;/i&gt;{step_batch} y &lt;i&gt;Una época&lt;/i&gt;{step_epoch} entrenan poco a poco; &lt;i&gt;Reiniciar&lt;/i&gt;{reset} vuelve a empezar con pesos iniciales nuevos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look inside&lt;/b&gt; — choose &lt;i&gt;Inspect&lt;/i&gt; under &quot;Click in the data view to&quot; and click a point: the step-through inspector{inspector} shows its forward pass and backpropagation with the real numbers.</source>
        <translation>&lt;b&gt;Mirar dentro&lt;/b&gt; — elija &lt;i&gt;Inspeccionar&lt;/i&gt; en «Clic en la vista de datos para» y haga clic en un punto: el inspector paso a paso{inspector} muestra su propagación hacia delante y la retropropagación con los números reales.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep it&lt;/b&gt; — &lt;i&gt;File ▸ Save&lt;/i&gt;{save} writes the experiment; &lt;i&gt;File ▸ Export ▸ PyTorch script&lt;/i&gt; writes the same model for PyTorch.</source>
        <translation>&lt;b&gt;Guardarlo&lt;/b&gt; — &lt;i&gt;Archivo ▸ Guardar&lt;/i&gt;{save} escribe el experimento; &lt;i&gt;Archivo ▸ Exportar ▸ Script de PyTorch&lt;/i&gt; escribe el mismo modelo para PyTorch.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Help ▸ Notation explains the symbols; Help ▸ Keyboard shortcuts lists every key.</source>
        <translation>Ayuda ▸ Notación explica los símbolos; Ayuda ▸ Atajos de teclado enumera todas las teclas.</translation>
    </message>
</context>
<context>
    <name>inspect</name>
    <message>
        <source>scalar</source>
        <translation>escalar</translation>
    </message>
    <message>
        <source>shape {shape}</source>
        <translation>forma {shape}</translation>
    </message>
    <message>
        <source>shape {shape} · min {min} · max {max} · norm {norm}</source>
        <translation>forma {shape} · mín. {min} · máx. {max} · norma {norm}</translation>
    </message>
    <message>
        <source>The input point</source>
        <translation>El punto de entrada</translation>
    </message>
    <message>
        <source>Forward through {layer}</source>
        <translation>Hacia delante por {layer}</translation>
    </message>
    <message>
        <source>Output and loss</source>
        <translation>Salida y pérdida</translation>
    </message>
    <message>
        <source>Backward: the loss&apos;s derivative</source>
        <translation>Hacia atrás: la derivada de la pérdida</translation>
    </message>
    <message>
        <source>Backward through {layer}: gradients of {W}, {b}</source>
        <translation>Hacia atrás por {layer}: gradientes de {W}, {b}</translation>
    </message>
    <message>
        <source>Backward: pass the gradient on to {layer}</source>
        <translation>Hacia atrás: pasar el gradiente a {layer}</translation>
    </message>
    <message>
        <source>used here, in unit {j} of {layer}:</source>
        <translation>se usa aquí, en la neurona {j} de {layer}:</translation>
    </message>
    <message>
        <source>softmax is not element-wise: every output depends on every u.</source>
        <translation>softmax no actúa elemento a elemento: cada salida depende de cada u.</translation>
    </message>
    <message>
        <source>0.1·N(0, 1) (the lecture&apos;s initialisation)</source>
        <translation>0,1·N(0, 1) (la inicialización del curso)</translation>
    </message>
    <message>
        <source>U(−a, a) with a = √(6/(d + e)) (Xavier)</source>
        <translation>U(−a, a) con a = √(6/(d + e)) (Xavier)</translation>
    </message>
    <message>
        <source>N(0, 2/d) (He)</source>
        <translation>N(0, 2/d) (He)</translation>
    </message>
    <message>
        <source>drawn from {how} with seed {seed}</source>
        <translation>extraído de {how} con semilla {seed}</translation>
    </message>
    <message>
        <source>drawn from {how}</source>
        <translation>extraído de {how}</translation>
    </message>
    <message>
        <source>current value after 1 training step</source>
        <translation>valor actual tras 1 paso de entrenamiento</translation>
    </message>
    <message>
        <source>current value after {steps} training steps</source>
        <translation>valor actual tras {steps} pasos de entrenamiento</translation>
    </message>
    <message>
        <source>{trained}; initialised {drawn}</source>
        <translation>{trained}; inicializado: {drawn}</translation>
    </message>
    <message>
        <source>set by hand, a lesson or a file (not the random initialisation); not trained yet</source>
        <translation>fijado a mano, por una lección o por un archivo (no la inicialización aleatoria); aún sin entrenar</translation>
    </message>
    <message>
        <source>initial value, {drawn}; biases start at 0; not trained yet</source>
        <translation>valor inicial, {drawn}; los sesgos empiezan en 0; aún sin entrenar</translation>
    </message>
    <message>
        <source>its current value</source>
        <translation>su valor actual</translation>
    </message>
    <message>
        <source>the network&apos;s output</source>
        <translation>la salida de la red</translation>
    </message>
    <message>
        <source>the output of unit {j} of {layer}</source>
        <translation>la salida de la neurona {j} de {layer}</translation>
    </message>
    <message>
        <source>{z} = {value}: {where}, computed on {layer}&apos;s forward page:</source>
        <translation>{z} = {value}: {where}, calculado en la página hacia delante de {layer}:</translation>
    </message>
    <message>
        <source>the data point</source>
        <translation>el punto de datos</translation>
    </message>
    <message>
        <source>{z} = {x} = {value}: feature {k} ({name}) of {where}; the input is data, not computed: every layer starts from it.</source>
        <translation>{z} = {x} = {value}: característica {k} ({name}) de {where}; la entrada son datos, no se calcula: todas las capas parten de ella.</translation>
    </message>
    <message>
        <source>{z} = {x} = {value}: feature {k} of {where}; the input is data, not computed: every layer starts from it.</source>
        <translation>{z} = {x} = {value}: característica {k} de {where}; la entrada son datos, no se calcula: todas las capas parten de ella.</translation>
    </message>
    <message>
        <source>the weight from input {k} to unit {j} of {layer}</source>
        <translation>el peso de la entrada {k} a la neurona {j} de {layer}</translation>
    </message>
    <message>
        <source>the bias of unit {j} of {layer}</source>
        <translation>el sesgo de la neurona {j} de {layer}</translation>
    </message>
    <message>
        <source>{label} = {value}: a parameter, {what} (double-click to edit); {origin}.</source>
        <translation>{label} = {value}: un parámetro, {what} (doble clic para editar); {origin}.</translation>
    </message>
    <message>
        <source>{label} = {value}: a parameter, {what} (double-click to edit).</source>
        <translation>{label} = {value}: un parámetro, {what} (doble clic para editar).</translation>
    </message>
    <message>
        <source>its gradient for this point: {formula}</source>
        <translation>su gradiente para este punto: {formula}</translation>
    </message>
    <message>
        <source>The input point is the first z; the lecture counts layers from the output.</source>
        <translation>El punto de entrada es el primer z; el curso numera las capas desde la salida.</translation>
    </message>
    <message>
        <source>{layer}&apos;s weights: one row per input, one column per unit.</source>
        <translation>Pesos de {layer}: una fila por entrada, una columna por neurona.</translation>
    </message>
    <message>
        <source>{b}: 1 entry</source>
        <translation>{b}: 1 elemento</translation>
    </message>
    <message>
        <source>{b}: {n} entries</source>
        <translation>{b}: {n} elementos</translation>
    </message>
    <message>
        <source>{layer}&apos;s biases, one per unit.</source>
        <translation>Sesgos de {layer}, uno por neurona.</translation>
    </message>
    <message>
        <source>Each unit&apos;s weighted sum of its inputs plus its bias.</source>
        <translation>La suma ponderada de las entradas de cada neurona más su sesgo.</translation>
    </message>
    <message>
        <source>The activation applied to u gives this layer&apos;s output — the network&apos;s output.</source>
        <translation>La función de activación aplicada a u da la salida de esta capa: la salida de la red.</translation>
    </message>
    <message>
        <source>The activation applied to u gives this layer&apos;s output, the next layer&apos;s input.</source>
        <translation>La función de activación aplicada a u da la salida de esta capa, la entrada de la siguiente.</translation>
    </message>
    <message>
        <source>How wrong the output is for this point&apos;s label.</source>
        <translation>Cuánto se equivoca la salida para la etiqueta de este punto.</translation>
    </message>
    <message>
        <source>How the loss changes with each output: the first factor of the chain rule.</source>
        <translation>Cómo cambia la pérdida con cada salida: el primer factor de la regla de la cadena.</translation>
    </message>
    <message>
        <source>The Jacobian of the activation: how each output of {layer} moves with each of its pre-activations.</source>
        <translation>La jacobiana de la activación: cómo varía cada salida de {layer} con cada una de sus preactivaciones.</translation>
    </message>
    <message>
        <source>The error signal at this layer&apos;s weighted sums (δ in vectorised code).</source>
        <translation>La señal de error en las sumas ponderadas de esta capa (δ en el código vectorizado).</translation>
    </message>
    <message>
        <source>How each of the {m} outputs of {g} depends on each weight: one n×m matrix per output.</source>
        <translation>Cómo depende cada una de las {m} salidas de {g} de cada peso: una matriz n×m por salida.</translation>
    </message>
    <message>
        <source>How each of the {m} outputs of {g} depends on each weight: one n×m matrix per output. Only the first {kept} of the {m} matrices are kept: the whole tensor would take {mb} MB.</source>
        <translation>Cómo depende cada una de las {m} salidas de {g} de cada peso: una matriz n×m por salida. Solo se guardan las primeras {kept} de las {m} matrices: el tensor completo ocuparía {mb} MB.</translation>
    </message>
    <message>
        <source>The gradient of the loss for every weight of this layer: the sum of outer products zᵀ·row.</source>
        <translation>El gradiente de la pérdida para cada peso de esta capa: la suma de productos exteriores zᵀ·fila.</translation>
    </message>
    <message>
        <source>The gradient for the biases: ∂g/∂b = ∇φ, so it equals ∂L/∂u.</source>
        <translation>El gradiente de los sesgos: ∂g/∂b = ∇φ, así que es igual a ∂L/∂u.</translation>
    </message>
    <message>
        <source>How {layer}&apos;s outputs move with its inputs {z}.</source>
        <translation>Cómo varían las salidas de {layer} con sus entradas {z}.</translation>
    </message>
    <message>
        <source>The chain rule so far: how the loss moves with the next layer&apos;s output.</source>
        <translation>La regla de la cadena hasta aquí: cómo varía la pérdida con la salida de la capa siguiente.</translation>
    </message>
    <message>
        <source>Layer {n}</source>
        <translation>Capa {n}</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>capa {n}</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <source>Step through ¬XOR by hand (inspector)</source>
        <translation>¬XOR a mano paso a paso (inspector)</translation>
    </message>
    <message>
        <source>Lecture moons</source>
        <translation>Lunas de la clase</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <source>layer {i}</source>
        <translation>capa {i}</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
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
        <translation>Aún no se ha entrenado ninguna época.</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>pérdida {loss}</translation>
    </message>
    <message>
        <source>loss {loss}, accuracy {accuracy}</source>
        <translation>pérdida {loss}; exactitud {accuracy}</translation>
    </message>
    <message>
        <source>loss {loss}, R² {r2}</source>
        <translation>pérdida {loss}; R² {r2}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: train {train}.</source>
        <translation>Época {epoch}: entrenamiento {train}.</translation>
    </message>
    <message>
        <source>Epoch {epoch}: train {train}; test {test}.</source>
        <translation>Época {epoch}: entrenamiento {train}; prueba {test}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>; </translation>
    </message>
    <message>
        <source>class {k} {share}</source>
        <translation>clase {k} {share}</translation>
    </message>
    <message>
        <source>Decision regions over the plane: {parts}; {n} training points.</source>
        <translation>Regiones de decisión sobre el plano: {parts}; {n} puntos de entrenamiento.</translation>
    </message>
    <message>
        <source>Step {i} of {n}: {title}. {formula}.</source>
        <translation>Paso {i} de {n}: {title}. {formula}.</translation>
    </message>
    <message>
        <source>{name} is hidden: predict it.</source>
        <translation>{name} está oculto: predígalo.</translation>
    </message>
    <message>
        <source>{values}, … ({n} values)</source>
        <translation>{values}; … ({n} valores)</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Points to generate</source>
        <translation>Puntos que se generan</translation>
    </message>
    <message>
        <source>the live views redraw every point</source>
        <translation>las vistas en vivo redibujan cada punto</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to each point</source>
        <translation>Desviación estándar del ruido gaussiano añadido a cada punto</translation>
    </message>
    <message>
        <source>beyond this the generator&apos;s shape is lost in the noise</source>
        <translation>por encima, la forma del generador se pierde en el ruido</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same points</source>
        <translation>Semilla aleatoria: la misma semilla da los mismos puntos</translation>
    </message>
    <message>
        <source>Share of the points held out for testing</source>
        <translation>Proporción de puntos reservada para la prueba</translation>
    </message>
    <message>
        <source>Number of classes of blobs and spirals</source>
        <translation>Número de clases de los cúmulos y las espirales</translation>
    </message>
    <message>
        <source>Neurons in this layer</source>
        <translation>Neuronas de esta capa</translation>
    </message>
    <message>
        <source>the layer views draw one map per neuron</source>
        <translation>las vistas de capas dibujan un mapa por neurona</translation>
    </message>
    <message>
        <source>Random seed of the initial weights: same seed, same start</source>
        <translation>Semilla aleatoria de los pesos iniciales: misma semilla, mismo comienzo</translation>
    </message>
    <message>
        <source>Points per mini-batch: one optimizer step each</source>
        <translation>Puntos por minilote: un paso del optimizador por lote</translation>
    </message>
    <message>
        <source>Epochs to train</source>
        <translation>Épocas de entrenamiento</translation>
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
        <translation>&amp;Por dónde empezar</translation>
    </message>
    <message>
        <source>What the window shows and three first steps</source>
        <translation>Qué muestra la ventana y tres primeros pasos</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>every step</source>
        <translation>cada paso</translation>
    </message>
    <message>
        <source>every {k} steps</source>
        <translation>cada {k} pasos</translation>
    </message>
    <message>
        <source>timeline {used} of {budget} MB, {every}</source>
        <translation>línea de tiempo {used} de {budget} MB, {every}</translation>
    </message>
    <message>
        <source>Scrubbing back and branching need the run&apos;s past; it is recorded for the NumPy engine (Training ▸ Engine).</source>
        <translation>Retroceder y ramificar necesitan el pasado de la ejecución; se registra con el motor NumPy (Entrenamiento ▸ Motor).</translation>
    </message>
    <message>
        <source>every {k}th step</source>
        <translation>cada {k} pasos</translation>
    </message>
    <message>
        <source>To scrub back and branch, the run keeps every step&apos;s loss (8 bytes each) and, {every}, a checkpoint: the {parameters} weights and biases θ, the optimizer&apos;s state and the position in the batch order ({checkpoints} checkpoints now). A step between two checkpoints is replayed exactly from the one before it. When the {budget} MB budget is full, every other checkpoint is dropped and the interval doubles.</source>
        <translation>Para retroceder y ramificar, la ejecución guarda la pérdida de cada paso (8 bytes cada una) y, {every}, un punto de control: los {parameters} pesos y sesgos θ, el estado del optimizador y la posición en el orden de los lotes (ahora {checkpoints} puntos de control). Un paso entre dos puntos de control se reproduce exactamente desde el anterior. Cuando se llena el presupuesto de {budget} MB, se descarta uno de cada dos puntos de control y el intervalo se duplica.</translation>
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
        <translation>antes del primer paso</translation>
    </message>
    <message>
        <source>epoch {epoch}, batch {batch} of {batches}: its end</source>
        <translation>época {epoch}, lote {batch} de {batches}: su final</translation>
    </message>
    <message>
        <source>epoch {epoch}, batch {batch} of {batches}</source>
        <translation>época {epoch}, lote {batch} de {batches}</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>per frame</source>
        <translation>por fotograma</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>máxima velocidad</translation>
    </message>
    <message>
        <source>{speed} steps/s</source>
        <translation>{speed} pasos/s</translation>
    </message>
</context>
</TS>
