<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimationExport</name>
    <message>
        <source>exporting an animation needs the Pillow package: install it with “pip install Pillow” (it comes with ANN Studio&apos;s installers)</source>
        <translation>导出动画需要 Pillow 包：请用“pip install Pillow”安装（ANN Studio 的安装程序已包含它）</translation>
    </message>
    <message>
        <source>Rendering the animation…</source>
        <translation>正在渲染动画…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>Writing the GIF…</source>
        <translation>正在写入 GIF…</translation>
    </message>
    <message>
        <source>step {step} of {steps}</source>
        <translation>第 {step} 步，共 {steps} 步</translation>
    </message>
    <message>
        <source>could not write the animation: {reason}</source>
        <translation>无法写入动画：{reason}</translation>
    </message>
</context>
<context>
    <name>BatchTab</name>
    <message>
        <source>The lecture&apos;s loop computes one gradient per point (the Jacobian products) and averages them over the mini-batch; the engine computes zᵀ·δ for the whole batch in one matrix product. Both rows below must be the same numbers.</source>
        <translation>课程中的循环对每个点计算一个梯度（雅可比矩阵的乘积），再在小批量上取平均；引擎则用一次矩阵乘法为整个批量计算 zᵀ·δ。下面两行的数值必须相同。</translation>
    </message>
    <message>
        <source>training points from #</source>
        <translation>训练点，起始编号</translation>
    </message>
    <message>
        <source>Training points from number</source>
        <translation>训练点的起始编号</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Count of training points</source>
        <translation>训练点的数量</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>The batch&apos;s values, one column per point</source>
        <translation>该批量的数值，每个点一列</translation>
    </message>
    <message>
        <source>No dataset: load one (or a lecture preset) to see a mini-batch.</source>
        <translation>没有数据集：请加载一个数据集（或课程预设），以查看小批量。</translation>
    </message>
    <message>
        <source>point #{index} (y = {y}), L = {loss}</source>
        <translation>第 {index} 号点（y = {y}），L = {loss}</translation>
    </message>
    <message>
        <source>average of the rows above</source>
        <translation>以上各行的平均值</translation>
    </message>
    <message>
        <source>vectorised batch gradient zᵀ·δ</source>
        <translation>向量化的批量梯度 zᵀ·δ</translation>
    </message>
    <message>
        <source>{n} points, batch loss {loss} (their mean). max |average − vectorised| over all layers = {diff} (this layer: {layer_diff}).</source>
        <translation>{n} 个点，批量损失 {loss}（它们的平均值）。所有层上的 max |平均 − 向量化| = {diff}（本层：{layer_diff}）。</translation>
    </message>
</context>
<context>
    <name>ChallengeBanner</name>
    <message>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>Challenge title</source>
        <translation>挑战标题</translation>
    </message>
    <message>
        <source>Locked fields</source>
        <translation>锁定的字段</translation>
    </message>
    <message>
        <source>Challenge task</source>
        <translation>挑战任务</translation>
    </message>
    <message>
        <source>Challenge: {title}</source>
        <translation>挑战：{title}</translation>
    </message>
    <message>
        <source>ranked by {measure}</source>
        <translation>按{measure}排名</translation>
    </message>
    <message>
        <source>(no task text)</source>
        <translation>（没有任务说明）</translation>
    </message>
    <message>
        <source>Locked: {fields} (greyed; hover for why)</source>
        <translation>已锁定：{fields}（灰色显示；将鼠标悬停可查看原因）</translation>
    </message>
    <message>
        <source>Nothing is locked.</source>
        <translation>没有锁定任何内容。</translation>
    </message>
    <message>
        <source>{why}: a hand-in is refused</source>
        <translation>{why}：提交将被拒绝</translation>
    </message>
    <message>
        <source>Within the challenge&apos;s limit</source>
        <translation>在挑战的限制之内</translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <source>ANN Studio — New challenge</source>
        <translation>ANN Studio — 新建挑战</translation>
    </message>
    <message>
        <source>What the students read</source>
        <translation>学生看到的内容</translation>
    </message>
    <message>
        <source>Challenge title</source>
        <translation>挑战标题</translation>
    </message>
    <message>
        <source>The challenge&apos;s name, shown to every student (required)</source>
        <translation>挑战的名称，每个学生都能看到（必填）</translation>
    </message>
    <message>
        <source>e.g. Two moons with at most 100 parameters</source>
        <translation>例如：最多 100 个参数的双月数据</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Task text</source>
        <translation>任务说明</translation>
    </message>
    <message>
        <source>What the students are asked to do, in your words (several lines; Tab moves to the next field)</source>
        <translation>用您自己的话说明学生要做什么（可写多行；按 Tab 跳到下一个字段）</translation>
    </message>
    <message>
        <source>e.g. Reach the best held-out accuracy you can.</source>
        <translation>例如：在保留点上达到尽可能高的准确率。</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>任务(&amp;K)：</translation>
    </message>
    <message>
        <source>The points</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <source>Held-out share</source>
        <translation>保留比例</translation>
    </message>
    <message>
        <source>The share of the points only your key keeps, to score the hand-ins on (above 0, at most 0.9)</source>
        <translation>只保存在您的密钥中、用于给提交评分的点所占比例（大于 0，最多 0.9）</translation>
    </message>
    <message>
        <source>&amp;Held out:</source>
        <translation>保留(&amp;H)：</translation>
    </message>
    <message>
        <source>Ranking measure</source>
        <translation>排名指标</translation>
    </message>
    <message>
        <source>What ranks the hand-ins, computed by you on the held-out points</source>
        <translation>决定提交排名的指标，由您在保留点上计算</translation>
    </message>
    <message>
        <source>&amp;Ranked by:</source>
        <translation>排名依据(&amp;R)：</translation>
    </message>
    <message>
        <source>about {m} of the {n} points go to your key; the students get the other {rest}</source>
        <translation>{n} 个点中约 {m} 个放入您的密钥；学生得到其余 {rest} 个</translation>
    </message>
    <message>
        <source>Limits (unticked: no limit)</source>
        <translation>限制（不勾选：不限制）</translation>
    </message>
    <message>
        <source>Limit the parameters</source>
        <translation>限制参数数量</translation>
    </message>
    <message>
        <source>Most parameters</source>
        <translation>最多参数数</translation>
    </message>
    <message>
        <source> parameters</source>
        <translation> 个参数</translation>
    </message>
    <message>
        <source>The most weights and biases a student&apos;s network may have</source>
        <translation>学生网络最多可以拥有的权重和偏置数量</translation>
    </message>
    <message>
        <source>Limit the epochs</source>
        <translation>限制轮次</translation>
    </message>
    <message>
        <source>Most epochs</source>
        <translation>最多轮次</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <source>The most epochs a student&apos;s run may train</source>
        <translation>学生的训练最多可以进行的轮次</translation>
    </message>
    <message>
        <source>this experiment trains {n}</source>
        <translation>本实验训练 {n} 轮</translation>
    </message>
    <message>
        <source>this experiment trains until stopped</source>
        <translation>本实验一直训练到被停止</translation>
    </message>
    <message>
        <source>Optimizers allowed:</source>
        <translation>允许的优化器：</translation>
    </message>
    <message>
        <source>Hidden activations allowed:</source>
        <translation>允许的隐藏层激活函数：</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>this network has {n}</source>
        <translation>此网络有 {n} 个</translation>
    </message>
    <message>
        <source>this network has {n}: students must make it smaller (unless the hidden layers are locked)</source>
        <translation>此网络有 {n} 个：学生必须把它改小（除非隐藏层被锁定）</translation>
    </message>
    <message>
        <source>Allow {name}</source>
        <translation>允许 {name}</translation>
    </message>
    <message>
        <source>Students may use {name}; untick to forbid it (all ticked: no limit)</source>
        <translation>学生可以使用 {name}；取消勾选即禁止（全部勾选：不限制）</translation>
    </message>
    <message>
        <source>Locked fields (students may not change them; the reason is shown)</source>
        <translation>锁定的字段（学生不能更改；会显示原因）</translation>
    </message>
    <message>
        <source>Lock {what}</source>
        <translation>锁定{what}</translation>
    </message>
    <message>
        <source>Students may not change {what}</source>
        <translation>学生不能更改{what}</translation>
    </message>
    <message>
        <source>Reason for locking {what}</source>
        <translation>锁定{what}的原因</translation>
    </message>
    <message>
        <source>The reason the students read for locking {what}</source>
        <translation>学生看到的锁定{what}的原因</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the challenge</source>
        <translation>保存挑战</translation>
    </message>
    <message>
        <source>Choose where to write NAME.challenge (for the students); the key NAME.key is written beside it (for you only)  [Enter]</source>
        <translation>选择 NAME.challenge 的保存位置（给学生）；密钥 NAME.key 写在它旁边（只给您自己）  [Enter]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close without writing anything  [Esc]</source>
        <translation>关闭，不写入任何内容  [Esc]</translation>
    </message>
</context>
<context>
    <name>ChallengeMaker</name>
    <message>
        <source>Save the challenge (the key is written beside it)</source>
        <translation>保存挑战（密钥写在它旁边）</translation>
    </message>
    <message>
        <source>Challenges (*{ext})</source>
        <translation>挑战 (*{ext})</translation>
    </message>
    <message>
        <source>{name} already exists. Replace?</source>
        <translation>{name} 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>{first} and {second} already exist. Replace?</source>
        <translation>{first} 和 {second} 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>ANN Studio — Replace?</source>
        <translation>ANN Studio — 替换？</translation>
    </message>
    <message>
        <source>Hand-ins made for the old challenge could no longer be scored: the old key&apos;s held-out points would be gone.</source>
        <translation>为旧挑战所做的提交将无法再评分：旧密钥中的保留点会丢失。</translation>
    </message>
    <message>
        <source>Challenge saved</source>
        <translation>挑战已保存</translation>
    </message>
    <message>
        <source>Give {challenge} to the students: it holds the task, the {n} points they train on, the locks and the limits, and none of the held-out points.</source>
        <translation>把 {challenge} 发给学生：其中包含任务、供他们训练的 {n} 个点、锁定项和限制，不含任何保留点。</translation>
    </message>
    <message>
        <source>Keep {key} on this computer and never hand it out: it holds the {n} held-out points that score the hand-ins (Class ▸ Collect…).</source>
        <translation>把 {key} 保留在这台计算机上，切勿分发：其中包含用于给提交评分的 {n} 个保留点（课堂 ▸ 收集…）。</translation>
    </message>
    <message>
        <source>Both are in {folder}.</source>
        <translation>两者都在 {folder} 中。</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>Saved {challenge} for the students and {key} for you.</source>
        <translation>已保存给学生的 {challenge} 和给您的 {key}。</translation>
    </message>
</context>
<context>
    <name>ChildJob</name>
    <message>
        <source>the computation stopped unexpectedly (its process ended)</source>
        <translation>计算意外停止（其进程已结束）</translation>
    </message>
</context>
<context>
    <name>ClassPlots</name>
    <message>
        <source>Training curves</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <source>Every hand-in&apos;s training loss; the selected one in colour</source>
        <translation>每份提交的训练损失；选中的一份以彩色显示</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Training loss per epoch</source>
        <translation>每轮次的训练损失</translation>
    </message>
    <message>
        <source>Parameters and held-out score</source>
        <translation>参数量与保留点得分</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>Parameters and score</source>
        <translation>参数量与得分</translation>
    </message>
    <message>
        <source>Each hand-in&apos;s network size and its score (crosses: flagged, not ranked); click a point to select it</source>
        <translation>每份提交的网络规模及其得分（叉号：已标记，未排名）；点击一个点即可选中</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Decision boundaries of the six best</source>
        <translation>前六名的决策边界</translation>
    </message>
    <message>
        <source>The decision boundaries of the six best ranked hand-ins, from their weights; click one to select it</source>
        <translation>排名前六的提交的决策边界，由其权重计算得出；点击其中一个即可选中</translation>
    </message>
    <message>
        <source>What the class chose</source>
        <translation>全班的选择</translation>
    </message>
    <message>
        <source>How many hand-ins chose each optimizer and each number of hidden layers; the selected one&apos;s choices in colour</source>
        <translation>选择每种优化器和每种隐藏层数的提交数量；选中提交的选择以彩色显示</translation>
    </message>
    <message>
        <source>training loss (log scale)</source>
        <translation>训练损失（对数刻度）</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>{name}: {n} parameters, {measure} {score}</source>
        <translation>{name}：{n} 个参数，{measure} {score}</translation>
    </message>
    <message>
        <source>parameters (log scale)</source>
        <translation>参数量（对数刻度）</translation>
    </message>
    <message>
        <source>No hand-in is ranked yet: no boundaries to draw.</source>
        <translation>尚无提交被排名：没有可绘制的边界。</translation>
    </message>
    <message>
        <source>Decision boundaries are drawn for two inputs; this challenge&apos;s data has 1 input.</source>
        <translation>决策边界只针对两个输入绘制；此挑战的数据有 1 个输入。</translation>
    </message>
    <message>
        <source>Decision boundaries are drawn for two inputs; this challenge&apos;s data has {n} inputs.</source>
        <translation>决策边界只针对两个输入绘制；此挑战的数据有 {n} 个输入。</translation>
    </message>
    <message>
        <source>{n} training curves, one per hand-in.</source>
        <translation>{n} 条训练曲线，每份提交一条。</translation>
    </message>
    <message>
        <source>{n} hand-ins scored; the best, {name}, has {params} parameters and {measure} {score}.</source>
        <translation>已评分 {n} 份提交；最佳的是 {name}，有 {params} 个参数，{measure} {score}。</translation>
    </message>
    <message>
        <source>{n} hand-ins scored.</source>
        <translation>已评分 {n} 份提交。</translation>
    </message>
    <message>
        <source>Boundaries of {names}.</source>
        <translation>{names} 的边界。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Optimizers: {optimizers}. Hidden layers: {layers}.</source>
        <translation>优化器：{optimizers}。隐藏层：{layers}。</translation>
    </message>
    <message>
        <source>{n} {name}</source>
        <translation>{n} × {name}</translation>
    </message>
    <message>
        <source>{n} with {k}</source>
        <translation>{n} 份为 {k} 层</translation>
    </message>
</context>
<context>
    <name>ClassView</name>
    <message>
        <source>Class — {title} — ANN Studio</source>
        <translation>班级 — {title} — ANN Studio</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>The table as CSV for grading (numbers as numbers)</source>
        <translation>将表格导出为 CSV 用于评分（数字保持为数字）</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>This whole window as a PNG picture, for slides</source>
        <translation>将整个窗口保存为 PNG 图片，用于幻灯片</translation>
    </message>
    <message>
        <source>Open hand-in</source>
        <translation>打开提交</translation>
    </message>
    <message>
        <source>Open the selected hand-in&apos;s run in the main window (also: double-click or Enter); Save there asks for a new file</source>
        <translation>在主窗口中打开所选提交的运行（也可双击或按 Enter）；在那里保存时会要求选择新文件</translation>
    </message>
    <message>
        <source>What the class predicted (predict-then-check answers, per question)</source>
        <translation>全班的预测（“先预测再验证”的回答，按问题）</translation>
    </message>
    <message>
        <source>What the class predicted</source>
        <translation>全班的预测</translation>
    </message>
    <message>
        <source>No predict-then-check answers in these hand-ins.</source>
        <translation>这些提交中没有“先预测再验证”的回答。</translation>
    </message>
    <message>
        <source>Class table</source>
        <translation>班级表</translation>
    </message>
    <message>
        <source>Click a row to highlight its hand-in in the plots; double-click or Enter opens it in the main window</source>
        <translation>点击一行可在图中突出显示其提交；双击或按 Enter 在主窗口中打开</translation>
    </message>
    <message>
        <source>Select a hand-in in the table first.</source>
        <translation>请先在表格中选择一份提交。</translation>
    </message>
    <message>
        <source>it was refused ({reason})</source>
        <translation>它已被拒收（{reason}）</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>its network cannot be built from its weights</source>
        <translation>无法根据其权重构建网络</translation>
    </message>
    <message>
        <source>there is no main window to open it in</source>
        <translation>没有可打开它的主窗口</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {why}</source>
        <translation>无法打开 {name}：{why}</translation>
    </message>
    <message>
        <source>{name}&apos;s hand-in</source>
        <translation>{name} 的提交</translation>
    </message>
    <message>
        <source>{name}&apos;s hand-in was not opened.</source>
        <translation>{name} 的提交未打开。</translation>
    </message>
    <message>
        <source>Opened {name}&apos;s hand-in in the main window; Save there asks for a new file (the hand-in stays as it is).</source>
        <translation>已在主窗口中打开 {name} 的提交；在那里保存时会要求选择新文件（提交本身保持不变）。</translation>
    </message>
    <message>
        <source>Export the class table</source>
        <translation>导出班级表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>the table was not written: {reason}</source>
        <translation>表格未写入：{reason}</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>已写入 {name}。</translation>
    </message>
    <message>
        <source>Export the class view as PNG</source>
        <translation>将班级视图导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Qt could not make the PNG picture</source>
        <translation>Qt 无法生成 PNG 图片</translation>
    </message>
    <message>
        <source>the picture was not written: {reason}</source>
        <translation>图片未写入：{reason}</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Hand in</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>train the run first: a hand-in carries the trained weights and their loss history</source>
        <translation>请先训练：提交中包含训练好的权重及其损失历史</translation>
    </message>
    <message>
        <source>Hand in: choose the folder to hand in to</source>
        <translation>提交：选择提交到的文件夹</translation>
    </message>
    <message>
        <source>Hand-in refused</source>
        <translation>提交被拒绝</translation>
    </message>
    <message>
        <source>The hand-in is refused; nothing was written.</source>
        <translation>提交被拒绝；未写入任何内容。</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Handed in as {name}.</source>
        <translation>已提交为 {name}。</translation>
    </message>
    <message>
        <source>In the folder {folder}. You may hand in again: the latest counts.</source>
        <translation>位于文件夹 {folder}。您可以再次提交：以最后一次为准。</translation>
    </message>
    <message>
        <source>The hand-in is refused; nothing was sent.</source>
        <translation>提交被拒绝；未发送任何内容。</translation>
    </message>
    <message>
        <source>Handing in</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <source>Sending the hand-in to {address}…</source>
        <translation>正在把提交发送到 {address}…</translation>
    </message>
    <message>
        <source>You may hand in again: the latest counts.</source>
        <translation>您可以再次提交：以最后一次为准。</translation>
    </message>
    <message>
        <source>Not handed in</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Hand in: choose the challenge</source>
        <translation>提交：选择挑战</translation>
    </message>
    <message>
        <source>Challenges (*{ext});;All files (*)</source>
        <translation>挑战 (*{ext});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Collect: choose the teacher&apos;s key</source>
        <translation>收集：选择教师密钥</translation>
    </message>
    <message>
        <source>Teacher&apos;s keys (*{ext});;All files (*)</source>
        <translation>教师密钥 (*{ext});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Collect: choose the .zip of hand-ins</source>
        <translation>收集：选择提交的 .zip 文件</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Zip 文件 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Collect: choose the folder of hand-ins</source>
        <translation>收集：选择提交所在的文件夹</translation>
    </message>
    <message>
        <source>Collect</source>
        <translation>收集</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <source>per step</source>
        <translation>每步</translation>
    </message>
    <message>
        <source>Also draw every mini-batch&apos;s loss (grey)</source>
        <translation>同时绘制每个小批量的损失（灰色）</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Loss on a logarithmic axis</source>
        <translation>损失使用对数坐标轴</translation>
    </message>
    <message>
        <source>Loss and accuracy curves</source>
        <translation>损失与准确率曲线</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>R² (1 = perfect)</source>
        <translation>R²（1 = 完美）</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>(per epoch)</source>
        <translation>（每轮）</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>损失 {loss}</translation>
    </message>
    <message>
        <source>{loss_text}, {percent}%</source>
        <translation>{loss_text}，{percent}%</translation>
    </message>
    <message>
        <source>{loss_text}, R² {r2}</source>
        <translation>{loss_text}，R² {r2}</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>class {k}</source>
        <translation>类别 {k}</translation>
    </message>
    <message>
        <source>Data and decision regions</source>
        <translation>数据与决策区域</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Discrete</source>
        <translation>离散</translation>
    </message>
    <message>
        <source>Show only the predicted class (no probability shading)</source>
        <translation>只显示预测的类别（不按概率着色）</translation>
    </message>
    <message>
        <source>Test points</source>
        <translation>测试点</translation>
    </message>
    <message>
        <source>Show the held-out test points (hollow)</source>
        <translation>显示留出的测试点（空心）</translation>
    </message>
    <message>
        <source>back to the output</source>
        <translation>返回输出</translation>
    </message>
    <message>
        <source>Show the network&apos;s output again</source>
        <translation>重新显示网络的输出</translation>
    </message>
    <message>
        <source>y (target)</source>
        <translation>y（目标值）</translation>
    </message>
    <message>
        <source>PC1 and PC2 are the two directions along which the inputs vary most; the percentage is each one&apos;s share of the variance</source>
        <translation>PC1 和 PC2 是输入变化最大的两个方向；百分比是各自所占的方差比例</translation>
    </message>
    <message>
        <source>{name}: {n} features, 2-D PCA of the standardised inputs (no boundary)</source>
        <translation>{name}：{n} 个特征，标准化输入的二维 PCA（无边界）</translation>
    </message>
    <message>
        <source>{name}: {n} features, 2-D PCA of the inputs (no boundary)</source>
        <translation>{name}：{n} 个特征，输入的二维 PCA（无边界）</translation>
    </message>
    <message>
        <source>Decision boundary: p(class 1) = σ(u)</source>
        <translation>决策边界：p(类别 1) = σ(u)</translation>
    </message>
    <message>
        <source>Decision regions: the most likely class</source>
        <translation>决策区域：最可能的类别</translation>
    </message>
    <message>
        <source>Data and the network&apos;s prediction f(x)</source>
        <translation>数据与网络的预测 f(x)</translation>
    </message>
    <message>
        <source>colour = target value</source>
        <translation>颜色 = 目标值</translation>
    </message>
    <message>
        <source>● filled: train &amp;nbsp;□ hollow: test</source>
        <translation>● 实心：训练集 &amp;nbsp;□ 空心：测试集</translation>
    </message>
    <message>
        <source>{n} points, {k} of them drawn (a random sample)</source>
        <translation>{n} 个点，其中绘制了 {k} 个（随机样本）</translation>
    </message>
    <message>
        <source>Data and decision regions, cursor at x₁ = {x1}, x₂ = {x2}</source>
        <translation>数据与决策区域，光标位于 x₁ = {x1}，x₂ = {x2}</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <source>XOR (quadrants)</source>
        <translation>XOR（象限）</translation>
    </message>
    <message>
        <source>Blobs (k classes)</source>
        <translation>团簇（k 类）</translation>
    </message>
    <message>
        <source>Spirals (k classes)</source>
        <translation>螺旋（k 类）</translation>
    </message>
    <message>
        <source>Sine (1-D regression)</source>
        <translation>正弦（一维回归）</translation>
    </message>
    <message>
        <source>Plane (2-D regression)</source>
        <translation>平面（二维回归）</translation>
    </message>
    <message>
        <source>Bumps (2-D regression)</source>
        <translation>凸起（二维回归）</translation>
    </message>
    <message>
        <source>Iris (150 × 4, 3 classes)</source>
        <translation>鸢尾花（150 × 4，3 类）</translation>
    </message>
    <message>
        <source>Digits 8×8 (1797 × 64, 10 classes)</source>
        <translation>手写数字 8×8（1797 × 64，10 类）</translation>
    </message>
    <message>
        <source>Breast cancer (569 × 30, 2 classes)</source>
        <translation>乳腺癌（569 × 30，2 类）</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>number of points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>Points n</source>
        <translation>点数 n</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>测试比例</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Make the dataset again with these settings</source>
        <translation>用这些设置重新生成数据集</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Features in columns, the label in the last column</source>
        <translation>特征按列排列，标签在最后一列</translation>
    </message>
    <message>
        <source>Standardise inputs (mean 0, std 1)</source>
        <translation>标准化输入（均值 0，标准差 1）</translation>
    </message>
    <message>
        <source>The network gets x̃ = (x − mean) / std for every feature, with mean and std taken from the training points only.
Why: on equal scales one learning rate suits all weights; a feature in the thousands beside one below 1 would need very different steps.
The data view keeps showing your own units.</source>
        <translation>网络对每个特征得到 x̃ = (x − mean) / std，其中均值和标准差只取自训练点。
原因：尺度相同时，一个学习率适用于所有权重；一个数千量级的特征与一个小于 1 的特征并存时，需要差别很大的步长。
数据视图仍显示你自己的单位。</translation>
    </message>
    <message>
        <source>Standardise targets (mean 0, std 1)</source>
        <translation>标准化目标值（均值 0，标准差 1）</translation>
    </message>
    <message>
        <source>Regression: the network learns ỹ = (y − mean) / std, with mean and std of the training targets, and predicts ŷ = z · std + mean.
Why: targets in the hundreds make the first SGD steps huge (the loss explodes); on the scale of 1 the usual learning rates work.
Losses, R² and predictions stay in your target&apos;s own units.</source>
        <translation>回归：网络学习 ỹ = (y − mean) / std（均值和标准差取自训练目标值），并预测 ŷ = z · std + mean。
原因：数百量级的目标值会让最初的 SGD 步长极大（损失爆炸）；在 1 的尺度上，常用的学习率就能奏效。
损失、R² 和预测值仍使用目标值自己的单位。</translation>
    </message>
    <message>
        <source>Derived input features</source>
        <translation>派生输入特征</translation>
    </message>
    <message>
        <source>Add the input {feature} computed from x1, x2</source>
        <translation>添加由 x1、x2 计算出的输入 {feature}</translation>
    </message>
    <message>
        <source>Click in the data view to</source>
        <translation>在数据视图中点击以</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>添加点</translation>
    </message>
    <message>
        <source>Left click adds a training point of the chosen class; right click removes the nearest point</source>
        <translation>左键添加所选类别的训练点；右键删除最近的点</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Click removes the nearest point</source>
        <translation>点击删除最近的点</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Click picks a point (the inspector shows its numbers)</source>
        <translation>点击选中一个点（检查器显示它的数值）</translation>
    </message>
    <message>
        <source>Class of the points you add</source>
        <translation>要添加的点的类别</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Target value of the points you add (regression)</source>
        <translation>要添加的点的目标值（回归）</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>Drawn points</source>
        <translation>手绘的点</translation>
    </message>
    <message>
        <source>binary classification</source>
        <translation>二分类</translation>
    </message>
    <message>
        <source>{n} classes</source>
        <translation>{n} 个类别</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>{train} training + {test} test points · {n} feature · {kind}</source>
        <translation>{train} 个训练点 + {test} 个测试点 · {n} 个特征 · {kind}</translation>
    </message>
    <message>
        <source>{train} training + {test} test points · {n} features · {kind}</source>
        <translation>{train} 个训练点 + {test} 个测试点 · {n} 个特征 · {kind}</translation>
    </message>
    <message>
        <source>class {k}</source>
        <translation>类别 {k}</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>pick a generator or shipped dataset to regenerate</source>
        <translation>请选择一个生成器或内置数据集再重新生成</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>line {no}: {why}</source>
        <translation>第 {no} 行：{why}</translation>
    </message>
    <message>
        <source>… and {n} more (Show Details)</source>
        <translation>……还有 {n} 处（显示详细信息）</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <source>{head} (missing values):</source>
        <translation>{head}（缺失值）：</translation>
    </message>
    <message>
        <source>Drop this row and import the rest, or cancel and fill the cells in?</source>
        <translation>丢弃这一行并导入其余部分，还是取消并补全这些单元格？</translation>
    </message>
    <message>
        <source>Drop these {n} rows and import the rest, or cancel and fill the cells in?</source>
        <translation>丢弃这 {n} 行并导入其余部分，还是取消并补全这些单元格？</translation>
    </message>
    <message>
        <source>Drop 1 row</source>
        <translation>丢弃 1 行</translation>
    </message>
    <message>
        <source>Drop {n} rows</source>
        <translation>丢弃 {n} 行</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Split the file&apos;s rows again with this test fraction and seed</source>
        <translation>用此测试比例和随机种子重新划分文件中的行</translation>
    </message>
    <message>
        <source>Drawn points have no test fraction: each point you add is a training point; pick a generator or import a CSV to split them</source>
        <translation>手绘的点没有测试比例：你添加的每个点都是训练点；如需划分，请选择生成器或导入 CSV</translation>
    </message>
    <message>
        <source>Drawn points have no seed: each point you add is a training point; pick a generator or import a CSV to split them</source>
        <translation>手绘的点没有随机种子：你添加的每个点都是训练点；如需划分，请选择生成器或导入 CSV</translation>
    </message>
    <message>
        <source>Dataset panel</source>
        <translation>数据集面板</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>ANN Studio — Hand in to</source>
        <translation>ANN Studio — 提交到</translation>
    </message>
    <message>
        <source>Hand in to:</source>
        <translation>提交到：</translation>
    </message>
    <message>
        <source>A folder your teacher collects from (a share, a USB stick…)</source>
        <translation>老师收集作业的文件夹（共享文件夹、U 盘…）</translation>
    </message>
    <message>
        <source>The teacher&apos;s computer, over the classroom&apos;s network</source>
        <translation>老师的计算机，通过教室网络</translation>
    </message>
    <message>
        <source>Write the hand-in file into a folder</source>
        <translation>把提交文件写入一个文件夹</translation>
    </message>
    <message>
        <source>Send it to the address on the teacher&apos;s screen</source>
        <translation>发送到老师屏幕上显示的地址</translation>
    </message>
    <message>
        <source>The teacher&apos;s address</source>
        <translation>老师的地址</translation>
    </message>
    <message>
        <source>The address on the teacher&apos;s screen</source>
        <translation>老师屏幕上显示的地址</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>课堂代码</translation>
    </message>
    <message>
        <source>The class code on the teacher&apos;s screen</source>
        <translation>老师屏幕上显示的课堂代码</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Class code:</source>
        <translation>课堂代码：</translation>
    </message>
</context>
<context>
    <name>EngineClient</name>
    <message>
        <source>the engine process stopped unexpectedly</source>
        <translation>引擎进程意外停止</translation>
    </message>
    <message>
        <source> (exit code {code})</source>
        <translation>（退出码 {code}）</translation>
    </message>
    <message>
        <source>it exited before saying anything{exited}, {n} times in a row</source>
        <translation>它在发出任何消息前就退出了{exited}，连续 {n} 次</translation>
    </message>
    <message>
        <source>The engine process could not start: {why}</source>
        <translation>引擎进程无法启动：{why}</translation>
    </message>
    <message>
        <source>the engine process stopped answering</source>
        <translation>引擎进程停止响应</translation>
    </message>
    <message>
        <source>The engine process (pid {pid}) has not answered for {seconds} s: it may be hung or stopped</source>
        <translation>引擎进程（pid {pid}）已 {seconds} 秒未响应：可能已卡住或停止</translation>
    </message>
</context>
<context>
    <name>EngineMessages</name>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Training diverged</source>
        <translation>训练发散</translation>
    </message>
    <message>
        <source>Engine process stopped</source>
        <translation>引擎进程已停止</translation>
    </message>
    <message>
        <source>{why}. It was restarted with the last weights; press Run to continue.</source>
        <translation>{why}。已用最后的权重重新启动；按“运行”继续。</translation>
    </message>
    <message>
        <source>not responding</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>ANN Studio — Engine not responding</source>
        <translation>ANN Studio — 引擎无响应</translation>
    </message>
    <message>
        <source>Restart engine</source>
        <translation>重启引擎</translation>
    </message>
    <message>
        <source>Keep waiting</source>
        <translation>继续等待</translation>
    </message>
    <message>
        <source>{why}. Restart it with the last weights? (Training pauses; press Run to continue.)</source>
        <translation>{why}。要用最后的权重重启吗？（训练会暂停；按“运行”继续。）</translation>
    </message>
    <message>
        <source>Engine not responding</source>
        <translation>引擎无响应</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>Selected entry, with the numbers (click any cell)</source>
        <translation>所选条目及其数值（点击任意单元格）</translation>
    </message>
    <message>
        <source>{name} is hidden: predict it first (the box above), or press Show it.</source>
        <translation>{name} 已隐藏：请先预测它（上方的框），或点击“显示”。</translation>
    </message>
    <message>
        <source>{entry}: backprop {grad}, finite difference {fd}, difference {diff}</source>
        <translation>{entry}：反向传播 {grad}，有限差分 {fd}，差值 {diff}</translation>
    </message>
    <message>
        <source>finite difference: {fd}, difference {diff}</source>
        <translation>有限差分：{fd}，差值 {diff}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>ANN Studio files (*.annstudio *.challenge);;ANN Studio experiments (*.annstudio);;Challenges (*.challenge);;All files (*)</source>
        <translation>ANN Studio 文件 (*.annstudio *.challenge);;ANN Studio 实验 (*.annstudio);;挑战 (*.challenge);;所有文件 (*)</translation>
    </message>
    <message>
        <source>ANN Studio experiments (*.annstudio);;All files (*)</source>
        <translation>ANN Studio 实验 (*.annstudio);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the changes to {name} before closing it?</source>
        <translation>关闭前是否保存对 {name} 的更改？</translation>
    </message>
    <message>
        <source>ANN Studio then closes</source>
        <translation>随后 ANN Studio 将关闭</translation>
    </message>
    <message>
        <source>Save the changes to {name} before starting a new experiment?</source>
        <translation>开始新实验前是否保存对 {name} 的更改？</translation>
    </message>
    <message>
        <source>the lecture run then replaces it</source>
        <translation>随后课堂示例将替换它</translation>
    </message>
    <message>
        <source>Save the changes to {name} before opening another file?</source>
        <translation>打开其他文件前是否保存对 {name} 的更改？</translation>
    </message>
    <message>
        <source>the file you choose then replaces it</source>
        <translation>随后您选择的文件将替换它</translation>
    </message>
    <message>
        <source>Save the changes to {name} before opening the lesson?</source>
        <translation>打开课程前是否保存对 {name} 的更改？</translation>
    </message>
    <message>
        <source>the lesson then replaces it</source>
        <translation>随后课程将替换它</translation>
    </message>
    <message>
        <source>Save the changes to {name} before changing the dataset?</source>
        <translation>更改数据集前是否保存对 {name} 的更改？</translation>
    </message>
    <message>
        <source>the new data then starts an untrained run</source>
        <translation>随后新数据将从未训练状态开始</translation>
    </message>
    <message>
        <source>Save the changes to {name} before changing the network?</source>
        <translation>更改网络前是否保存对 {name} 的更改？</translation>
    </message>
    <message>
        <source>the new network then starts untrained</source>
        <translation>随后新网络将从未训练状态开始</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>ANN Studio — Save changes?</source>
        <translation>ANN Studio — 保存更改？</translation>
    </message>
    <message>
        <source>Discard loses the trained weights, the loss history and every edit since the last save; {then}. Cancel keeps everything as it is.</source>
        <translation>放弃将丢失训练好的权重、损失历史以及上次保存以来的所有修改；{then}。取消则保持一切不变。</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>ANN Studio — Replace a different kind of file?</source>
        <translation>ANN Studio — 替换另一种类型的文件？</translation>
    </message>
    <message>
        <source>{name} is {found}, not {wanted}. Replace it? Its contents will be lost.</source>
        <translation>{name} 是{found}，而不是{wanted}。要替换吗？其内容将会丢失。</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
    <message>
        <source>an untitled experiment</source>
        <translation>一个未命名的实验</translation>
    </message>
    <message>
        <source>ANN Studio — Recover unsaved work?</source>
        <translation>ANN Studio — 恢复未保存的工作？</translation>
    </message>
    <message>
        <source>ANN Studio did not close properly last time. Recover the unsaved changes to {name} (autosaved {when})?</source>
        <translation>ANN Studio 上次未正常关闭。是否恢复对 {name} 未保存的更改（自动保存于 {when}）？</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Lessons are missing</source>
        <translation>缺少课程</translation>
    </message>
    <message>
        <source>Export PyTorch script (multi-GPU, torchrun)</source>
        <translation>导出 PyTorch 脚本（多 GPU，torchrun）</translation>
    </message>
    <message>
        <source>Export PyTorch script</source>
        <translation>导出 PyTorch 脚本</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>{name} is the experiment open in this window; choose another name for the script</source>
        <translation>{name} 是此窗口中打开的实验；请为脚本另选一个名称</translation>
    </message>
    <message>
        <source>Export loss history</source>
        <translation>导出损失历史</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>Save window as PNG</source>
        <translation>将窗口保存为 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>GradNormView</name>
    <message>
        <source>Gradient norm per layer ‖∂L/∂W_i‖ (mini-batch, sampled ~30×/s)</source>
        <translation>每层梯度范数 ‖∂L/∂W_i‖（小批量，约每秒采样 30 次）</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
</context>
<context>
    <name>HandinServer</name>
    <message>
        <source>{address} is not an IPv4 address of this computer</source>
        <translation>{address} 不是本计算机的 IPv4 地址</translation>
    </message>
    <message>
        <source>port {port} on {address} is already in use (another hand-in server?); choose another port</source>
        <translation>{address} 上的端口 {port} 已被占用（另一个提交服务器？）；请选择其他端口</translation>
    </message>
    <message>
        <source>cannot receive hand-ins on {address}:{port}: {problem}</source>
        <translation>无法在 {address}:{port} 上接收提交：{problem}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>About ANN Studio</source>
        <translation>关于 ANN Studio</translation>
    </message>
    <message>
        <source>Watch fully connected neural networks learn, step through backpropagation in the lecture&apos;s notation, and export the same model to PyTorch.</source>
        <translation>观察全连接神经网络如何学习，按课堂符号逐步查看反向传播，并将同一模型导出到 PyTorch。</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>符号说明</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Step-through inspector</source>
        <translation>逐步检查器</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>SGD step</source>
        <translation>SGD 步</translation>
    </message>
    <message>
        <source>Lecture numbering (1 = output)</source>
        <translation>课程编号（1 = 输出层）</translation>
    </message>
    <message>
        <source>PyTorch order (fc1 = input side)</source>
        <translation>PyTorch 顺序（fc1 = 输入侧）</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>逐步</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>Mini-batch</source>
        <translation>小批量</translation>
    </message>
    <message>
        <source>Number layers as the lecture does (from the output) or as PyTorch does (fc1, fc2, … from the input)</source>
        <translation>按课程方式（从输出层开始）或按 PyTorch 方式（fc1、fc2、… 从输入层开始）为各层编号</translation>
    </message>
    <message>
        <source>Layer numbering</source>
        <translation>层的编号</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>位数</translation>
    </message>
    <message>
        <source>Significant digits</source>
        <translation>有效数字</translation>
    </message>
    <message>
        <source>Significant digits shown (hover a cell for the full value)</source>
        <translation>显示的有效数字位数（鼠标悬停在单元格上可看完整数值）</translation>
    </message>
    <message>
        <source>Follow live weights</source>
        <translation>跟随实时权重</translation>
    </message>
    <message>
        <source>Checked: the inspector shows the network as it trains.
Unchecked: frozen at the weights it has now.</source>
        <translation>勾选：检查器显示正在训练的网络。
不勾选：冻结在当前的权重上。</translation>
    </message>
    <message>
        <source>Predict, then check: each step hides the value it is about to show; type your prediction (or pick its sign) and the inspector grades it and shows the worked formula. Right within {rel} (or {abs} near zero).</source>
        <translation>先预测，再核对：每一步都会隐藏即将显示的值；输入您的预测（或选择其符号），检查器会评分并给出详细的计算公式。误差在 {rel} 以内即为正确（接近零时为 {abs}）。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo {edit} (Ctrl+Z)</source>
        <translation>撤销 {edit}（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Redo {edit} (Ctrl+Shift+Z)</source>
        <translation>重做 {edit}（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>重做（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>the network takes {n} input(s), the point has {m}</source>
        <translation>网络需要 {n} 个输入，而该点有 {m} 个</translation>
    </message>
    <message>
        <source>set {entry} = {value}</source>
        <translation>设置 {entry} = {value}</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>恒等</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <source>random, filter-normalised (Li et al. 2018)</source>
        <translation>随机，按滤波器归一化（Li et al. 2018）</translation>
    </message>
    <message>
        <source>PCA of the recorded path</source>
        <translation>已记录路径的 PCA</translation>
    </message>
    <message>
        <source>Press Compute map.</source>
        <translation>请按“计算地图”。</translation>
    </message>
    <message>
        <source>decision boundary at the chosen weights</source>
        <translation>所选权重下的决策边界</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Random: two Gaussian directions, each unit&apos;s weights scaled to the unit&apos;s own norm. PCA: the two directions along which the recorded path moved most.</source>
        <translation>随机：两个高斯方向，每个神经元的权重按其自身范数缩放。PCA：已记录路径移动最多的两个方向。</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source> × same</source>
        <translation> × 相同</translation>
    </message>
    <message>
        <source>Compute map</source>
        <translation>计算地图</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Go back to the weights before the last click on the map</source>
        <translation>回到上次点击地图之前的权重</translation>
    </message>
    <message>
        <source>log₁₀ training loss over the plane</source>
        <translation>平面上的 log₁₀ 训练损失</translation>
    </message>
    <message>
        <source>α (along d₁)</source>
        <translation>α（沿 d₁）</translation>
    </message>
    <message>
        <source>β (along d₂)</source>
        <translation>β（沿 d₂）</translation>
    </message>
    <message>
        <source>No map yet: press Compute map.</source>
        <translation>尚无地图：请按“计算地图”。</translation>
    </message>
    <message>
        <source>PCA directions need a recorded path: train first, or choose random directions.</source>
        <translation>PCA 方向需要已记录的路径：请先训练，或选择随机方向。</translation>
    </message>
    <message>
        <source>computing the map…</source>
        <translation>正在计算地图…</translation>
    </message>
    <message>
        <source>; the path&apos;s variance along d₁, d₂: {p1}%, {p2}%</source>
        <translation>；路径沿 d₁、d₂ 的方差：{p1}%、{p2}%</translation>
    </message>
    <message>
        <source>The white line is the path of the run (square: its start).</source>
        <translation>白线是训练的路径（方块：起点）。</translation>
    </message>
    <message>
        <source>Loss at the current weights (×): {loss}; lowest on the map {lowest}{explained}.{path} Click the map to move the weights there.</source>
        <translation>当前权重 (×) 处的损失：{loss}；地图上的最低值 {lowest}{explained}。{path}点击地图可将权重移到该处。</translation>
    </message>
    <message>
        <source>Weights set: training loss {loss} (Undo goes back).</source>
        <translation>已设置权重：训练损失 {loss}（“撤销”可返回）。</translation>
    </message>
    <message>
        <source>Weights set at α = {alpha}, β = {beta}: training loss {loss} (Undo goes back).</source>
        <translation>已将权重设在 α = {alpha}，β = {beta}：训练损失 {loss}（“撤销”可返回）。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>ANN Studio will speak {language} when you start it again.</source>
        <translation>重新启动 ANN Studio 后，界面语言将为{language}。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The language of this computer, where ANN Studio speaks it; else English</source>
        <translation>此计算机的语言（若 ANN Studio 支持），否则为英语</translation>
    </message>
    <message>
        <source>ANN Studio in {language}, from its next start</source>
        <translation>从下次启动起，ANN Studio 使用{language}</translation>
    </message>
</context>
<context>
    <name>LayerView</name>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Which layer to look at (lecture numbering: layer 1 is the output layer)</source>
        <translation>要查看的层（课堂编号：第 1 层是输出层）</translation>
    </message>
    <message>
        <source>Each neuron over the input plane (click one)</source>
        <translation>每个神经元在输入平面上的输出（点击其一）</translation>
    </message>
    <message>
        <source>Samples × neurons (sorted by class)</source>
        <translation>样本 × 神经元（按类别排序）</translation>
    </message>
    <message>
        <source>W (inputs × neurons)</source>
        <translation>W（输入 × 神经元）</translation>
    </message>
    <message>
        <source>{layer} (output): {inputs} → {neurons}, {act}</source>
        <translation>{layer}（输出层）：{inputs} → {neurons}，{act}</translation>
    </message>
    <message>
        <source>{layer} (hidden): {inputs} → {neurons}, {act}</source>
        <translation>{layer}（隐藏层）：{inputs} → {neurons}，{act}</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Each neuron z along x1, one strip per neuron (±{scale}; click one to enlarge)</source>
        <translation>每个神经元 z 沿 x1 的输出，每个神经元一条（±{scale}；点击可放大）</translation>
    </message>
    <message>
        <source>Each neuron z over the input plane (±{scale}; click one to enlarge)</source>
        <translation>每个神经元 z 在输入平面上的输出（±{scale}；点击可放大）</translation>
    </message>
    <message>
        <source>The output layer: see the data view.</source>
        <translation>输出层：请看数据视图。</translation>
    </message>
    <message>
        <source>Drawn for 1 or 2 input features; this network has {n}.</source>
        <translation>仅在有 1 或 2 个输入特征时绘制；此网络有 {n} 个。</translation>
    </message>
    <message>
        <source>Each neuron over the input plane</source>
        <translation>每个神经元在输入平面上的输出</translation>
    </message>
    <message>
        <source>{samples} samples × {neurons} neurons (by target; ±{scale})</source>
        <translation>{samples} 个样本 × {neurons} 个神经元（按目标值；±{scale}）</translation>
    </message>
    <message>
        <source>{samples} samples × {neurons} neurons (by class; ±{scale})</source>
        <translation>{samples} 个样本 × {neurons} 个神经元（按类别；±{scale}）</translation>
    </message>
    <message>
        <source>{name}: {inputs} inputs × {neurons} neurons (±{scale})</source>
        <translation>{name}：{inputs} 个输入 × {neurons} 个神经元（±{scale}）</translation>
    </message>
    <message>
        <source>orange &lt; 0 &lt; blue</source>
        <translation>橙色 &lt; 0 &lt; 蓝色</translation>
    </message>
</context>
<context>
    <name>LecturePresets</name>
    <message>
        <source>¬XOR by hand (lecture §2)</source>
        <translation>手工 ¬XOR（课程 §2）</translation>
    </message>
    <message>
        <source>Lecture moons (§4)</source>
        <translation>课程中的双月数据（§4）</translation>
    </message>
    <message>
        <source>Lecture presets</source>
        <translation>课程预设</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>¬XOR by hand (lecture §2)</source>
        <translation>手工设定的 ¬XOR（讲义 §2）</translation>
    </message>
    <message>
        <source>The lecture&apos;s hand-set network: two inputs, a hidden layer of two ReLU units and a σ output, with W₂ = [[1, −1], [−1, 1]], b₂ = (0, 0), W₁ = [[−1], [−1]], b₁ = 1/2. The plots call the inputs x1 and x2 (the lecture calls them x₀ and x₁). The hidden units compute max(x1 − x2, 0) and max(x2 − x1, 0), so the output is σ(1/2) ≈ 0.62 for (0,0) and (1,1) and σ(−1/2) ≈ 0.38 for (1,0) and (0,1): points with equal coordinates are class 1. Step through one point in the inspector to see every u and z of the lecture. Numbering: the lecture&apos;s worked ¬XOR example and its backprop derivation give u and z an index one higher than its code: uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ with output z₁ (it writes u₃,₀ = x₀ − x₁). ANN Studio follows the lecture&apos;s code: uᵢ = zᵢWᵢ + bᵢ with output z₀, so the example&apos;s u₃ is u₂ here and its z₁ is z₀. The weights W₂, b₂, W₁, b₁ have the same names in both. Then press Run: in 50 epochs SGD pushes the outputs apart (equal coordinates towards 1, the others towards 0) and the loss falls from 0.47 to 0.35.</source>
        <translation>讲义中手工设定权重的网络：两个输入，一个由两个 ReLU 神经元组成的隐藏层和一个 σ 输出，W₂ = [[1, −1], [−1, 1]]，b₂ = (0, 0)，W₁ = [[−1], [−1]]，b₁ = 1/2。图中把输入称为 x1 和 x2（讲义称为 x₀ 和 x₁）。隐藏神经元计算 max(x1 − x2, 0) 和 max(x2 − x1, 0)，因此输出在 (0, 0) 和 (1, 1) 处为 σ(1/2) ≈ 0.62，在 (1, 0) 和 (0, 1) 处为 σ(−1/2) ≈ 0.38：两坐标相等的点属于类别 1。在检查器中逐步走过一个点，就能看到讲义中的每个 u 和 z。编号说明：讲义中手算的 ¬XOR 例子及其反向传播推导给 u 和 z 的下标比讲义代码中的大一：uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ，输出为 z₁（讲义写作 u₃,₀ = x₀ − x₁）。ANN Studio 采用讲义代码的编号：uᵢ = zᵢWᵢ + bᵢ，输出为 z₀；因此例子中的 u₃ 在这里是 u₂，它的 z₁ 在这里是 z₀。权重 W₂、b₂、W₁、b₁ 在两者中名称相同。然后点击“运行”：在 50 轮中，SGD 把输出推开（坐标相等的点趋向 1，其余趋向 0），损失从 0.47 降到 0.35。</translation>
    </message>
    <message>
        <source>Two moons with SGD (lecture §4)</source>
        <translation>用 SGD 训练双月数据（讲义 §4）</translation>
    </message>
    <message>
        <source>The lecture&apos;s run: 500 two-moons points with noise 0.1 (what the lecture&apos;s printed points fit), all of them used for training as in the lecture (no test set), a 2 → 20 → 40 → 20 → 1 network with ReLU hidden layers and a σ output, mini-batches of 10, plain SGD with learning rate 0.015 for 50 epochs. The loss starts at about 0.69 (= log 2, a network that says 1/2 everywhere) and creeps for 10 to 20 epochs while the small initial weights grow (still above 0.66 at epoch 10 on every seed), then falls to about 0.24 by epoch 50. The lecture shows 0.35 by epoch 15: that was a lucky initialisation — its own code gives a median of 0.68 at epoch 15 over 40 seeds, and here the median over ten seeds is 0.66. After 50 epochs the boundary is still nearly a straight line (about 89 % of the points right); keep training and it bends around the moons: on most seeds 99 % by epoch 150.</source>
        <translation>讲义中的训练：500 个双月数据点，噪声 0.1（与讲义中打印的点相符），与讲义一样全部用于训练（没有测试集），网络为 2 → 20 → 40 → 20 → 1，隐藏层用 ReLU，输出为 σ，小批量大小为 10，用普通 SGD、学习率 0.015 训练 50 轮。损失从约 0.69 开始（= log 2，即处处输出 1/2 的网络），在较小的初始权重逐渐增大的 10 到 20 轮里下降得很慢（第 10 轮时在每个随机种子上都仍高于 0.66），然后到第 50 轮降到约 0.24。讲义在第 15 轮显示 0.35：那是一次幸运的初始化——讲义自己的代码在 40 个种子上第 15 轮的中位数为 0.68，而这里十个种子的中位数为 0.66。50 轮后决策边界仍几乎是一条直线（约 89 % 的点分类正确）；继续训练，它就会绕着两个月牙弯曲：在大多数种子上，到第 150 轮达到 99 %。</translation>
    </message>
    <message>
        <source>Two moons with the lecture&apos;s momentum</source>
        <translation>用讲义中的动量法训练双月数据</translation>
    </message>
    <message>
        <source>The same network and data, trained with the lecture&apos;s momentum: ΔW_t = (1 − η)ΔW_{t−1} + η∇Q(W_t), W ← W − αΔW_t with α = 0.04 and η = 0.7, for 30 epochs. The loss falls much sooner than in the SGD lesson (about 0.26 at epoch 15, against 0.66) — but not because of the averaging: the convex form (1 − η)ΔW + η∇ never makes a step larger than the gradient&apos;s, and plain SGD with lr 0.04 gives nearly the same curve (within 0.01 at epoch 15 on every seed). The speed-up is only α = 0.04 &gt; 0.015. Switch the optimizer to SGD with lr 0.04 and compare. (The lecture&apos;s own momentum run rises in its first epoch because its code flips the sign of the first step; the app implements the formula.)</source>
        <translation>同样的网络和数据，用讲义中的动量法训练：ΔW_t = (1 − η)ΔW_{t−1} + η∇Q(W_t)，W ← W − αΔW_t，α = 0.04，η = 0.7，训练 30 轮。损失比 SGD 那一课下降得早得多（第 15 轮约 0.26，而 SGD 为 0.66）——但这并不是平均的功劳：凸组合形式 (1 − η)ΔW + η∇ 的步长从不超过梯度本身的步长，而学习率 lr 0.04 的普通 SGD 给出几乎相同的曲线（第 15 轮在每个种子上相差不超过 0.01）。加速仅仅来自 α = 0.04 &gt; 0.015。把优化器换成 lr 0.04 的 SGD 比较一下。（讲义自己的动量训练在第一轮损失上升，因为它的代码把第一步的符号弄反了；本应用按公式实现。）</translation>
    </message>
    <message>
        <source>Two moons with Adagrad</source>
        <translation>用 Adagrad 训练双月数据</translation>
    </message>
    <message>
        <source>Adagrad divides each gradient component by the square root of the running sum of its squares: G ← G + ∇², W ← W − η∇/(√G + ε). Components that have seen large gradients take smaller steps, rarely-updated ones keep larger steps. G only grows, so each component&apos;s step η/(√G + ε) can only shrink. Here η = 0.05 on the lecture&apos;s moons for 30 epochs: the loss falls below 0.1 on every seed, to about 0.003 on most. (The lecture writes the update with +, which would climb the loss: a typo; its code puts ε inside the root, √(G + ε).)</source>
        <translation>Adagrad 把梯度的每个分量除以该分量平方的累积和的平方根：G ← G + ∇²，W ← W − η∇/(√G + ε)。见过较大梯度的分量步长变小，很少更新的分量保持较大的步长。G 只会增长，因此每个分量的步长 η/(√G + ε) 只会缩小。这里在讲义的双月数据上取 η = 0.05，训练 30 轮：损失在每个种子上都降到 0.1 以下，在大多数种子上降到约 0.003。（讲义把更新写成了 +，那会让损失上升：这是笔误；讲义的代码把 ε 放在根号里面，即 √(G + ε)。）</translation>
    </message>
    <message>
        <source>Two moons with RMSProp</source>
        <translation>用 RMSProp 训练双月数据</translation>
    </message>
    <message>
        <source>RMSProp replaces Adagrad&apos;s ever-growing sum by a decaying average, v ← γv + (1 − γ)∇², W ← W − η∇/(√v + ε), so the step size does not shrink to nothing. Here torch&apos;s per-component form with η = 0.002 and γ = 0.99 (torch calls γ alpha) for 30 epochs: the loss falls below 0.02, to about 0.004 on most seeds. Switch the optimizer to &apos;RMSProp (lecture form)&apos; to try the lecture&apos;s variant with one v per weight matrix.</source>
        <translation>RMSProp 用一个逐渐衰减的平均值取代 Adagrad 不断增长的累积和：v ← γv + (1 − γ)∇²，W ← W − η∇/(√v + ε)，因此步长不会缩小到零。这里使用 torch 的逐分量形式，η = 0.002，γ = 0.99（torch 把 γ 叫作 alpha），训练 30 轮：损失降到 0.02 以下，在大多数种子上约为 0.004。把优化器切换为“RMSProp（讲义形式）”，即可尝试讲义中每个权重矩阵只用一个 v 的变体。</translation>
    </message>
    <message>
        <source>Two moons with Adam</source>
        <translation>用 Adam 训练双月数据</translation>
    </message>
    <message>
        <source>Adam combines momentum (an average m of the gradients) with RMSProp&apos;s scaling (an average v of their squares), both bias-corrected: W ← W − lr·m̂/(√v̂ + ε). It is not the lecture&apos;s training loop (that is plain SGD): the lecture lists it among the other optimizers torch offers. With lr = 0.002 the loss is below 0.25 by epoch 15 and below 0.04 by epoch 30 (about 0.007 on most seeds). Try lr = 0.0005: too small a step, still about 0.16 at epoch 30. Try lr = 0.01: the loss drops fastest (below 0.02 by epoch 10) but the curve is jagged: steps too large for the valley overshoot and the loss climbs back up now and then.</source>
        <translation>Adam 把动量（梯度的平均值 m）与 RMSProp 的缩放（梯度平方的平均值 v）结合起来，两者都做了偏差校正：W ← W − lr·m̂/(√v̂ + ε)。它不是讲义中的训练循环（那是普通 SGD）：讲义把它列为 torch 提供的其他优化器之一。lr = 0.002 时，损失到第 15 轮低于 0.25，到第 30 轮低于 0.04（在大多数种子上约为 0.007）。试试 lr = 0.0005：步长太小，第 30 轮时仍约为 0.16。再试试 lr = 0.01：损失下降最快（到第 10 轮低于 0.02），但曲线呈锯齿状：对这个山谷来说过大的步子会越过谷底，损失时不时又回升。</translation>
    </message>
    <message>
        <source>XOR without a hidden layer (it cannot work)</source>
        <translation>没有隐藏层的 XOR（做不到）</translation>
    </message>
    <message>
        <source>A network with no hidden layer is logistic regression: σ(x W + b) is above 1/2 on one side of the straight line x W + b = 0. XOR&apos;s classes sit in opposite quadrants, and no single line separates them — at best it gets three quadrants right (75 %), and gradient descent stays near 50 % with the loss stuck close to log 2 ≈ 0.69. Add the derived feature x1·x2 and it is above 90 % within 5 epochs; add one hidden layer of 8 ReLU units instead and, on most seeds, it climbs past 90 % within 30 epochs (a run whose units die stays lower: try another seed).</source>
        <translation>没有隐藏层的网络就是逻辑回归：σ(x W + b) 在直线 x W + b = 0 的一侧大于 1/2。XOR 的两类点位于相对的象限，没有哪一条直线能把它们分开——最好也只能分对三个象限（75 %），而梯度下降停留在 50 % 左右，损失卡在 log 2 ≈ 0.69 附近。加入派生特征 x1·x2，5 轮之内准确率就超过 90 %；或者改为加一个由 8 个 ReLU 神经元组成的隐藏层，在大多数种子上 30 轮之内超过 90 %（若某次训练中神经元死亡，准确率会低一些：换个种子试试）。</translation>
    </message>
    <message>
        <source>Spirals need depth</source>
        <translation>螺旋数据需要深度</translation>
    </message>
    <message>
        <source>Three interleaved spiral arms. A single hidden layer of 4 ReLU units (27 parameters) can only bend the boundary a few times and stays near 60 % of the training points. Three layers of 16 units (643 parameters) pass 95 % within 15 epochs, because each layer folds the plane again. Is it just the number of parameters? One layer of 107 units has as many (645), yet at epoch 10 it gets about 10 % fewer of the points right. Change the hidden layers and compare the decision boundaries.</source>
        <translation>三条相互交织的螺旋臂。只有一个由 4 个 ReLU 神经元组成的隐藏层（27 个参数）时，决策边界只能弯折几次，训练点的准确率停留在 60 % 左右。三层、每层 16 个神经元（643 个参数）在 15 轮之内超过 95 %，因为每一层都会把平面再折叠一次。这仅仅是参数数量的作用吗？一个由 107 个神经元组成的单层网络有同样多的参数（645 个），但在第 10 轮时分对的点大约少 10 %。修改隐藏层，比较决策边界。</translation>
    </message>
    <message>
        <source>Deep sigmoid networks and vanishing gradients</source>
        <translation>深层 sigmoid 网络与梯度消失</translation>
    </message>
    <message>
        <source>Eight hidden layers of 10 σ units on the moons. σ&apos;(u) = σ(u)σ(−u) is at most 1/4, and backpropagation multiplies one such factor (and a Wᵀ) per layer, so the gradient reaching the first layer is more than a thousand times smaller than at the output: look at the per-layer gradient norms. The loss hardly moves from log 2 in 30 epochs. Switch the hidden activations to ReLU (or keep two σ layers) and the same training brings the loss below 0.35.</source>
        <translation>在双月数据上使用八个隐藏层，每层 10 个 σ 神经元。σ&apos;(u) = σ(u)σ(−u) 最大为 1/4，反向传播每经过一层就乘上一个这样的因子（以及一个 Wᵀ），因此到达第一层的梯度比输出处小一千多倍：看看各层的梯度范数。30 轮里损失几乎停留在 log 2 不动。把隐藏层的激活函数换成 ReLU（或只保留两个 σ 层），同样的训练就能把损失降到 0.35 以下。</translation>
    </message>
    <message>
        <source>Regression of a noisy sine</source>
        <translation>带噪声正弦函数的回归</translation>
    </message>
    <message>
        <source>200 points y = sin(x) + noise (std 0.1) on [−3, 3], a 1 → 20 → 20 → 1 network with tanh hidden units and an identity output, mean squared error, Adam with lr = 0.01. The curve first fits a straight line, then bends to the sine. The loss comes down to about 0.015 by epoch 100, close to the noise variance 0.01 and (on almost every seed) not below it — fitting far below that would be fitting the noise. R² is shown instead of accuracy.</source>
        <translation>在 [−3, 3] 上取 200 个点 y = sin(x) + 噪声（标准差 0.1），网络为 1 → 20 → 20 → 1，隐藏层用 tanh，输出为恒等函数，损失为均方误差，优化器为 Adam，lr = 0.01。曲线先拟合成一条直线，然后弯向正弦曲线。到第 100 轮损失降到约 0.015，接近噪声方差 0.01，并且（在几乎每个种子上）不低于它——拟合得远低于这个值就是在拟合噪声。这里显示 R² 而不是准确率。</translation>
    </message>
    <message>
        <source>Misconception: a bigger learning rate is always faster</source>
        <translation>误区：学习率越大总是越快</translation>
    </message>
    <message>
        <source>The learning rate is the length of each step downhill. The lecture&apos;s lr = 0.015 crawls at first. So bigger must be better? Predict each run, then run and see. Too long a step jumps over the valley and the loss goes up and down without getting anywhere; the fastest rate is large, but not too large.</source>
        <translation>学习率就是每一步下坡的长度。讲义中的 lr = 0.015 一开始进展很慢。那么越大就越好吗？先预测每次训练的结果，然后运行看看。步子太长会跳过山谷，损失上上下下却毫无进展；最快的学习率较大，但不能太大。</translation>
    </message>
    <message>
        <source>Misconception: starting from zero weights works</source>
        <translation>误区：从全零权重开始也可以</translation>
    </message>
    <message>
        <source>Why does the lecture start from small random weights, 0.1·N(0, 1), and not simply from zero? With every weight 0, every hidden unit of a layer computes the same u, gets the same gradient and stays the same as its neighbours — and with ReLU, u = 0 sits where the gradient h(0) is 0, so no weight ever moves: only the output&apos;s bias learns, and all it can learn is the share of each class. Predict what a run does, then check.</source>
        <translation>为什么讲义从较小的随机权重 0.1·N(0, 1) 开始，而不是直接从零开始？如果所有权重都是 0，同一层的每个隐藏神经元都计算出相同的 u，得到相同的梯度，并始终与相邻的神经元一样——而且对 ReLU 来说，u = 0 正好处在梯度 h(0) 为 0 的地方，所以没有任何权重会移动：只有输出层的偏置在学习，而它能学到的只是每一类所占的比例。先预测一次训练会怎样，然后验证。</translation>
    </message>
    <message>
        <source>Misconception: more neurons are always better</source>
        <translation>误区：神经元越多总是越好</translation>
    </message>
    <message>
        <source>A bigger network can fit more, so it should always be better? Here are 400 noisy moon points; the network trains on only 50 of them, the other 350 are a test set it never sees. A network with 2 × 64 hidden units fits the training points better — and the test points worse: it learns the noise of the 50 points it sees, and its test loss grows while it becomes sure of wrong answers. A small network can do better where it counts.</source>
        <translation>更大的网络能拟合更多，所以它总是更好吗？这里有 400 个带噪声的双月数据点；网络只在其中 50 个点上训练，其余 350 个点是它从未见过的测试集。有 2 × 64 个隐藏神经元的网络对训练点拟合得更好——对测试点却更差：它学到了所见 50 个点中的噪声，在对错误答案越来越确信的同时，测试损失不断增大。在真正重要的地方，小网络反而可以做得更好。</translation>
    </message>
    <message>
        <source>Misconception: the training loss always goes down</source>
        <translation>误区：训练损失总是下降</translation>
    </message>
    <message>
        <source>Gradient descent steps downhill, so the loss can only fall? Each step follows the gradient of one mini-batch of 10 points, not of the whole set, and a step can overshoot. Watch the &apos;per step&apos; curve and the epoch curve: predict, then run.</source>
        <translation>梯度下降一步步往下走，所以损失只会下降？每一步沿着的是一个包含 10 个点的小批量的梯度，而不是整个数据集的梯度，而且一步可能迈得过头。观察“每步”曲线和每轮曲线：先预测，再运行。</translation>
    </message>
    <message>
        <source>Race: the lecture&apos;s optimizers from the same start</source>
        <translation>竞赛：讲义中的优化器从同一起点出发</translation>
    </message>
    <message>
        <source>The lecture&apos;s five optimizers race on the lecture&apos;s moons (500 points, noise 0.1; 2 → 20 → 40 → 20 → 1 with ReLU and a σ output; batches of 10), each with the settings of its own lesson: SGD lr 0.015, the lecture&apos;s momentum α 0.04 η 0.7, Adagrad lr 0.05, RMSProp lr 0.002 and Adam lr 0.002. All five start from the same initial weights and see the same mini-batches in the same order, so their curves differ only by the optimizer: all start at the same loss, near log 2 ≈ 0.69. Open Compare → Optimizer race… and press Start race (30 epochs); on the command line, annstudio race with one --racer &quot;NAME k=v&quot; per optimizer does the same. Predict before you start: which racers are still above loss 0.1 at the end?</source>
        <translation>讲义中的五个优化器在讲义的双月数据上赛跑（500 个点，噪声 0.1；2 → 20 → 40 → 20 → 1，ReLU 隐藏层与 σ 输出；批量大小 10），各自使用其所属课程的设置：SGD lr 0.015，讲义动量法 α 0.04 η 0.7，Adagrad lr 0.05，RMSProp lr 0.002，Adam lr 0.002。五者从相同的初始权重出发，按相同的顺序看到相同的小批量，因此曲线的差别只来自优化器：它们都从同一个损失开始，接近 log 2 ≈ 0.69。打开“比较 → 优化器竞赛…”，点击“开始竞赛”（30 轮）；在命令行中，对每个优化器各用一个 --racer &quot;NAME k=v&quot; 运行 annstudio race，效果相同。开始之前先预测：最后哪些参赛者的损失仍高于 0.1？</translation>
    </message>
    <message>
        <source>After 30 epochs, which racers are still above a training loss of 0.1?</source>
        <translation>30 轮之后，哪些参赛者的训练损失仍高于 0.1？</translation>
    </message>
    <message>
        <source>None of them</source>
        <translation>一个也没有</translation>
    </message>
    <message>
        <source>SGD and the lecture&apos;s momentum</source>
        <translation>SGD 和讲义动量法</translation>
    </message>
    <message>
        <source>Only SGD</source>
        <translation>只有 SGD</translation>
    </message>
    <message>
        <source>All but Adam</source>
        <translation>除 Adam 外全部</translation>
    </message>
    <message>
        <source>On every seed SGD (median 0.30) and the lecture&apos;s momentum (median 0.22) are still far above 0.1, while Adagrad, RMSProp and Adam, which scale each component&apos;s step, are below it (medians 0.003, 0.004 and 0.007). Which of those three ends lowest changes from seed to seed: press Try another seed and race again. Press Run to train Adam in the window.</source>
        <translation>在每个种子上，SGD（中位数 0.30）和讲义动量法（中位数 0.22）都仍远高于 0.1，而对每个分量的步长做缩放的 Adagrad、RMSProp 和 Adam 都低于这个值（中位数分别为 0.003、0.004 和 0.007）。这三者中谁最终最低，随种子而变：点击“换个种子”再赛一次。点击“运行”即可在窗口中训练 Adam。</translation>
    </message>
    <message>
        <source>Will a network with no hidden layer separate XOR?</source>
        <translation>没有隐藏层的网络能分开 XOR 吗？</translation>
    </message>
    <message>
        <source>Yes, after enough epochs</source>
        <translation>能，只要训练足够多轮</translation>
    </message>
    <message>
        <source>No: it stays near 50 % — a line cannot do it</source>
        <translation>不能：准确率停在 50 % 左右——一条直线做不到</translation>
    </message>
    <message>
        <source>Yes, if the learning rate is large enough</source>
        <translation>能，只要学习率足够大</translation>
    </message>
    <message>
        <source>σ(xW + b) &gt; 1/2 on one side of one straight line; XOR needs two.</source>
        <translation>σ(xW + b) &gt; 1/2 只在一条直线的一侧成立；XOR 需要两条。</translation>
    </message>
    <message>
        <source>All weights start at 0. What does a run with SGD, lr 0.1, do?</source>
        <translation>所有权重都从 0 开始。用 SGD、lr 0.1 训练会怎样？</translation>
    </message>
    <message>
        <source>It learns like the lecture&apos;s initialisation</source>
        <translation>与讲义的初始化学得一样好</translation>
    </message>
    <message>
        <source>It learns, only more slowly</source>
        <translation>能学，只是更慢</translation>
    </message>
    <message>
        <source>It does not learn: the loss stays at log 2 ≈ 0.69</source>
        <translation>学不会：损失停留在 log 2 ≈ 0.69</translation>
    </message>
    <message>
        <source>With all weights 0 every hidden u is 0, ReLU&apos;s gradient h(0) is 0, and no weight ever receives a gradient; only the output&apos;s bias moves.</source>
        <translation>所有权重为 0 时，每个隐藏层的 u 都是 0，ReLU 的梯度 h(0) 为 0，没有任何权重能得到梯度；只有输出层的偏置在变化。</translation>
    </message>
    <message>
        <source>2 → 64 → 64 → 1 against the small 2 → 4 → 1: which is better on the 350 test points after 150 epochs?</source>
        <translation>2 → 64 → 64 → 1 对比小网络 2 → 4 → 1：150 轮后，在 350 个测试点上哪个更好？</translation>
    </message>
    <message>
        <source>The big one, on training and test points</source>
        <translation>大网络，在训练点和测试点上都更好</translation>
    </message>
    <message>
        <source>The big one on the training points, but not on the test points</source>
        <translation>大网络在训练点上更好，但在测试点上不是</translation>
    </message>
    <message>
        <source>Both are the same</source>
        <translation>两者一样</translation>
    </message>
    <message>
        <source>On every seed the big network gets more training points right (about 98 % against 88 %), and its test loss is far higher (about 2.2 against 0.43): it is sure of wrong answers. Its test accuracy is no better: about 80 % for both.</source>
        <translation>在每个种子上，大网络分对的训练点都更多（约 98 % 对 88 %），而它的测试损失高得多（约 2.2 对 0.43）：它对错误答案很确信。它的测试准确率并不更好：两者都约为 80 %。</translation>
    </message>
    <message>
        <source>With lr 0.015, will each mini-batch step give a lower batch loss than the step before?</source>
        <translation>lr 0.015 时，每个小批量步骤的批量损失都会比上一步低吗？</translation>
    </message>
    <message>
        <source>Yes, every step goes downhill</source>
        <translation>会，每一步都在下坡</translation>
    </message>
    <message>
        <source>No: about half of the steps go up</source>
        <translation>不会：大约一半的步骤损失上升</translation>
    </message>
    <message>
        <source>Only the first steps go up</source>
        <translation>只有最初几步会上升</translation>
    </message>
    <message>
        <source>Each batch holds other points: the loss of the next batch can be higher even when the epoch loss falls every epoch (it does here, for 20 epochs).</source>
        <translation>每个批量包含的是不同的点：即使每轮损失逐轮下降（这里 20 轮都是如此），下一个批量的损失也可能更高。</translation>
    </message>
    <message>
        <source>With the lecture&apos;s lr = 0.015, where will the loss be after 20 epochs?</source>
        <translation>用讲义中的 lr = 0.015，20 轮后损失会在哪里？</translation>
    </message>
    <message>
        <source>Below 0.1: the run is done</source>
        <translation>低于 0.1：训练已经完成</translation>
    </message>
    <message>
        <source>Still above 0.45: it has hardly started</source>
        <translation>仍高于 0.45：几乎还没开始</translation>
    </message>
    <message>
        <source>Above log 2 ≈ 0.69: it got worse</source>
        <translation>高于 log 2 ≈ 0.69：变得更差了</translation>
    </message>
    <message>
        <source>The small initial weights make the first epochs crawl: at epoch 20 the loss is about 0.59 (between 0.45 and 0.68 on every seed).</source>
        <translation>较小的初始权重使最初几轮进展缓慢：第 20 轮时损失约为 0.59（在每个种子上都介于 0.45 和 0.68 之间）。</translation>
    </message>
    <message>
        <source>Keep training</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <source>Train on to epoch 150 (the epochs are set to 150: press Run). A straight line cannot get much above 89 % here; watch the boundary bend around the moons. On most seeds it reaches 99 %; the goal is 95 %.</source>
        <translation>继续训练到第 150 轮（轮数已设为 150：点击“运行”）。在这里，一条直线很难超过 89 %；看决策边界如何绕着两个月牙弯曲。在大多数种子上准确率达到 99 %；目标是 95 %。</translation>
    </message>
    <message>
        <source>Plain SGD with the same step</source>
        <translation>相同步长的普通 SGD</translation>
    </message>
    <message>
        <source>Now plain SGD with lr 0.04 (the optimizer is switched for you). Press Run.</source>
        <translation>现在换成 lr 0.04 的普通 SGD（优化器已为你切换好）。点击“运行”。</translation>
    </message>
    <message>
        <source>Plain SGD with lr = α = 0.04, without any averaging: by epoch 15 its loss will be…</source>
        <translation>lr = α = 0.04 的普通 SGD，完全不做平均：到第 15 轮，它的损失会……</translation>
    </message>
    <message>
        <source>much higher than momentum&apos;s</source>
        <translation>比动量法高得多</translation>
    </message>
    <message>
        <source>about the same as momentum&apos;s</source>
        <translation>与动量法差不多</translation>
    </message>
    <message>
        <source>much lower than momentum&apos;s</source>
        <translation>比动量法低得多</translation>
    </message>
    <message>
        <source>(1 − η)ΔW + η∇ averages gradients but never enlarges the step: the speed-up came from α = 0.04 &gt; 0.015.</source>
        <translation>(1 − η)ΔW + η∇ 对梯度做平均，但从不放大步长：加速来自 α = 0.04 &gt; 0.015。</translation>
    </message>
    <message>
        <source>A larger step</source>
        <translation>更大的步长</translation>
    </message>
    <message>
        <source>The same run with lr = 0.01 (set for you). Press Run and watch the loss curve.</source>
        <translation>同样的训练，lr = 0.01（已为你设好）。点击“运行”，观察损失曲线。</translation>
    </message>
    <message>
        <source>lr = 0.01 instead of 0.002: what will the loss curve do?</source>
        <translation>用 lr = 0.01 代替 0.002：损失曲线会怎样？</translation>
    </message>
    <message>
        <source>Fall faster and stay down</source>
        <translation>下降更快并保持在低位</translation>
    </message>
    <message>
        <source>Fall faster, but climb back up now and then</source>
        <translation>下降更快，但时不时回升</translation>
    </message>
    <message>
        <source>Fall more slowly</source>
        <translation>下降更慢</translation>
    </message>
    <message>
        <source>It is below 0.02 by epoch 10 on every seed, far sooner than with lr 0.002; but now and then a step overshoots the valley and the loss climbs back above its lowest so far (by a median of 0.04; try another seed to see how much it varies).</source>
        <translation>在每个种子上，到第 10 轮损失都低于 0.02，比 lr 0.002 时早得多；但时不时会有一步越过谷底，损失回升到此前最低值之上（中位数为 0.04；换个种子看看它变化多大）。</translation>
    </message>
    <message>
        <source>Make it learn XOR</source>
        <translation>让它学会 XOR</translation>
    </message>
    <message>
        <source>Change the network (or add a derived feature) so that it learns XOR: at least 90 % of the training points right after 30 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>修改网络（或加入一个派生特征），让它学会 XOR：30 轮后至少 90 % 的训练点分类正确。每次尝试都从第 0 轮开始：修改之后先点击“重置”，再点击“运行”。</translation>
    </message>
    <message>
        <source>Tick the derived feature x1·x2 in the Dataset panel, or add one hidden layer of 8 ReLU units in the Network panel.</source>
        <translation>在“数据集”面板中勾选派生特征 x1·x2，或在“网络”面板中加一个由 8 个 ReLU 神经元组成的隐藏层。</translation>
    </message>
    <message>
        <source>The same number of parameters in one layer</source>
        <translation>同样多的参数放在一层里</translation>
    </message>
    <message>
        <source>One hidden layer of 107 units has 645 parameters, as many as three layers of 16 (643). It is set for you: press Run.</source>
        <translation>一个由 107 个神经元组成的隐藏层有 645 个参数，与三层、每层 16 个神经元的网络（643 个）一样多。已为你设好：点击“运行”。</translation>
    </message>
    <message>
        <source>One layer with as many parameters: will it also pass 95 % of the training points by epoch 10?</source>
        <translation>参数同样多的单层网络：到第 10 轮它也能超过 95 % 的训练点吗？</translation>
    </message>
    <message>
        <source>Yes: parameters are what count</source>
        <translation>能：关键在于参数数量</translation>
    </message>
    <message>
        <source>No: it is slower</source>
        <translation>不能：它更慢</translation>
    </message>
    <message>
        <source>It never gets there</source>
        <translation>它永远达不到</translation>
    </message>
    <message>
        <source>At epoch 10 it is at about 85 %, the three layers at about 96 %: composing layers folds the plane again and again.</source>
        <translation>第 10 轮时它约为 85 %，三层网络约为 96 %：层层复合会把平面一次又一次地折叠。</translation>
    </message>
    <message>
        <source>Make the deep network train</source>
        <translation>让深层网络训练起来</translation>
    </message>
    <message>
        <source>Keep the data and the optimizer. Change the hidden layers so that the loss falls below 0.35 within 30 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>保持数据和优化器不变。修改隐藏层，让损失在 30 轮之内降到 0.35 以下。每次尝试都从第 0 轮开始：修改之后先点击“重置”，再点击“运行”。</translation>
    </message>
    <message>
        <source>σ&apos; ≤ 1/4 shrinks the gradient at every layer: switch the hidden activations to ReLU, whose slope is 1 where it is active (or use only two σ layers).</source>
        <translation>σ&apos; ≤ 1/4 使梯度在每一层都缩小：把隐藏层的激活函数换成 ReLU，它在激活区域的斜率为 1（或者只用两个 σ 层）。</translation>
    </message>
    <message>
        <source>Predict: lr = 5</source>
        <translation>预测：lr = 5</translation>
    </message>
    <message>
        <source>The learning rate is now 5, about 330 times larger (set for you). Press Run.</source>
        <translation>学习率现在是 5，约大了 330 倍（已为你设好）。点击“运行”。</translation>
    </message>
    <message>
        <source>With lr = 5, after 20 epochs the loss will be…</source>
        <translation>lr = 5 时，20 轮后损失会……</translation>
    </message>
    <message>
        <source>far below lr 0.015&apos;s</source>
        <translation>远低于 lr 0.015 时</translation>
    </message>
    <message>
        <source>about the same as lr 0.015&apos;s</source>
        <translation>与 lr 0.015 时差不多</translation>
    </message>
    <message>
        <source>no lower than log 2 ≈ 0.69, jumping up and down</source>
        <translation>不低于 log 2 ≈ 0.69，并且上下跳动</translation>
    </message>
    <message>
        <source>Each step overshoots the valley: the loss rises in many epochs and ends above 0.69.</source>
        <translation>每一步都越过了谷底：损失在许多轮中上升，最终高于 0.69。</translation>
    </message>
    <message>
        <source>Find a good step</source>
        <translation>找到合适的步长</translation>
    </message>
    <message>
        <source>The run starts afresh here (it is reset for you). Find a learning rate that brings the loss below 0.1 in fewer than 20 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>训练在这里重新开始（已为你重置）。找出一个学习率，让损失在不到 20 轮内降到 0.1 以下。每次尝试都从第 0 轮开始：修改之后先点击“重置”，再点击“运行”。</translation>
    </message>
    <message>
        <source>Between the two: try 0.1, 0.3 and 1. Watch whether the loss curve still falls steadily.</source>
        <translation>介于两者之间：试试 0.1、0.3 和 1。观察损失曲线是否仍平稳下降。</translation>
    </message>
    <message>
        <source>Make it learn</source>
        <translation>让它学起来</translation>
    </message>
    <message>
        <source>Choose an initialisation in the Network panel so that the loss falls below 0.3 within 20 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>在“网络”面板中选择一种初始化方式，让损失在 20 轮之内降到 0.3 以下。每次尝试都从第 0 轮开始：修改之后先点击“重置”，再点击“运行”。</translation>
    </message>
    <message>
        <source>Any random start breaks the symmetry: choose &apos;lecture: 0.1·N(0, 1)&apos;.</source>
        <translation>任何随机初始值都能打破对称性：选择“讲义：0.1·N(0, 1)”。</translation>
    </message>
    <message>
        <source>Small beats big</source>
        <translation>小网络胜过大网络</translation>
    </message>
    <message>
        <source>Beat the big network on the test points with at most 8 hidden units: a test loss below 0.65 after 150 epochs. Each try starts from epoch 0: after a change press Reset, then Run.</source>
        <translation>用最多 8 个隐藏神经元在测试点上胜过大网络：150 轮后测试损失低于 0.65。每次尝试都从第 0 轮开始：修改之后先点击“重置”，再点击“运行”。</translation>
    </message>
    <message>
        <source>Remove the second hidden layer and make the first one small (4 units).</source>
        <translation>删去第二个隐藏层，并把第一个隐藏层缩小（4 个神经元）。</translation>
    </message>
    <message>
        <source>Now lr = 0.3 (set for you). Press Run and watch the epoch loss.</source>
        <translation>现在 lr = 0.3（已为你设好）。点击“运行”，观察每轮损失。</translation>
    </message>
    <message>
        <source>With lr 0.3, will the training loss go down at every epoch?</source>
        <translation>lr 0.3 时，训练损失会每一轮都下降吗？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>会</translation>
    </message>
    <message>
        <source>No: it goes up in some epochs</source>
        <translation>不会：有些轮次会上升</translation>
    </message>
    <message>
        <source>It never goes down</source>
        <translation>它从不下降</translation>
    </message>
    <message>
        <source>It goes up in several epochs (2 to 8 of the 20, on ten seeds) — and still ends far lower than with lr 0.015, below 0.02 by epoch 20.</source>
        <translation>它在若干轮中上升（在十个种子上，20 轮中有 2 到 8 轮）——但最终仍远低于 lr 0.015 时，到第 20 轮低于 0.02。</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>运行看看</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Predict first</source>
        <translation>先预测</translation>
    </message>
    <message>
        <source>Lock my answer</source>
        <translation>锁定我的答案</translation>
    </message>
    <message>
        <source>Your answer is kept; run the step to see whether it was right</source>
        <translation>你的答案会被保留；运行这一步，看看它是否正确</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Each goal is ticked ✓ as soon as the run meets it</source>
        <translation>训练一旦达到某个目标，就会打上 ✓</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Try another seed</source>
        <translation>换个种子</translation>
    </message>
    <message>
        <source>Draw new data, new initial weights and a new batch order and start this step again: what the lesson says should hold on (almost) every seed</source>
        <translation>重新抽取数据、初始权重和批量顺序，并重新开始这一步：课中所说的结论应当对（几乎）每个随机种子都成立</translation>
    </message>
    <message>
        <source>Next lesson ▶</source>
        <translation>下一课 ▶</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation>未打开课程</translation>
    </message>
    <message>
        <source>Choose a lesson from the Lessons menu.</source>
        <translation>请从“课程”菜单中选择一课。</translation>
    </message>
    <message>
        <source>This lesson&apos;s points and weights are the lecture&apos;s own: there is no seed to change</source>
        <translation>本课的数据点和权重都取自讲义：没有可更换的随机种子</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>第 {step} 步，共 {steps} 步</translation>
    </message>
    <message>
        <source>This step cannot be set up: {error}</source>
        <translation>无法设置这一步：{error}</translation>
    </message>
    <message>
        <source>Seed {seed}</source>
        <translation>种子 {seed}</translation>
    </message>
    <message>
        <source>Locked: now Run</source>
        <translation>已锁定：现在运行</translation>
    </message>
    <message>
        <source>Choose one answer first.</source>
        <translation>请先选择一个答案。</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>提示：{hint}</translation>
    </message>
    <message>
        <source>✓ Lesson complete.</source>
        <translation>✓ 本课完成。</translation>
    </message>
    <message>
        <source>You have finished “{title}”.</source>
        <translation>你已完成“{title}”。</translation>
    </message>
    <message>
        <source>Next in the Lessons menu:</source>
        <translation>“课程”菜单中的下一课：</translation>
    </message>
    <message>
        <source>Next lesson: {title} ▶</source>
        <translation>下一课：{title} ▶</translation>
    </message>
    <message>
        <source>That was the last lesson in the Lessons menu.</source>
        <translation>这是“课程”菜单中的最后一课。</translation>
    </message>
    <message>
        <source>The answer: {answer}.</source>
        <translation>答案：{answer}。</translation>
    </message>
    <message>
        <source>✓ Right:</source>
        <translation>✓ 正确：</translation>
    </message>
    <message>
        <source>✗ Not quite.</source>
        <translation>✗ 不太对。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Confusion matrix, precision and recall (classification) or R², MAE and predicted vs true (regression) of the current weights</source>
        <translation>当前权重的混淆矩阵、精确率和召回率（分类），或 R²、MAE 及预测值与真实值对比（回归）</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{name} — ANN Studio</source>
        <translation>{name} — ANN Studio</translation>
    </message>
    <message>
        <source>epoch {epoch} / {target}</source>
        <translation>轮次 {epoch} / {target}</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>轮次 {epoch}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>hidden until you predict it (Predict mode)</source>
        <translation>在您预测之前隐藏（预测模式）</translation>
    </message>
    <message>
        <source>  (double-click to edit)</source>
        <translation>  （双击可编辑）</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>slice j =</source>
        <translation>切片 j =</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>Slice j</source>
        <translation>切片 j</translation>
    </message>
    <message>
        <source>Matrix {caption}</source>
        <translation>矩阵 {caption}</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Metrics on the training points</source>
        <translation>训练点上的指标</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>Metrics on the test points</source>
        <translation>测试点上的指标</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>How many points of each true class got each prediction</source>
        <translation>每个真实类别的点分别被预测为各类别的数量</translation>
    </message>
    <message>
        <source>Row %</source>
        <translation>行 %</translation>
    </message>
    <message>
        <source>Row-normalised: each row divided by its total, where the points of one true class go (the diagonal is its recall)</source>
        <translation>按行归一化：每行除以该行总数，显示一个真实类别的点被分到哪里（对角线即其召回率）</translation>
    </message>
    <message>
        <source>Confusion matrix: rows = true class, columns = predicted; recall at the end of each row, precision under each column</source>
        <translation>混淆矩阵：行 = 真实类别，列 = 预测类别；每行末尾为召回率，每列下方为精确率</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>C_ij = points of true class i predicted as class j; the diagonal holds the correct predictions
recall_i = C_ii / Σ_j C_ij (of the points of class i, the share found)
precision_j = C_jj / Σ_i C_ij (of the points predicted j, the share that are j)
— : 0/0, nothing to measure</source>
        <translation>C_ij = 真实类别为 i、被预测为类别 j 的点数；对角线为正确的预测
recall_i = C_ii / Σ_j C_ij（类别 i 的点中被找出的比例）
precision_j = C_jj / Σ_i C_ij（被预测为 j 的点中确实属于 j 的比例）
— ：0/0，无可度量</translation>
    </message>
    <message>
        <source>true value t</source>
        <translation>真实值 t</translation>
    </message>
    <message>
        <source>predicted ŷ</source>
        <translation>预测值 ŷ</translation>
    </message>
    <message>
        <source>Predicted vs true (on the line ŷ = t: perfect)</source>
        <translation>预测值与真实值（落在直线 ŷ = t 上即完美）</translation>
    </message>
    <message>
        <source>No test points (test fraction 0): showing nothing; pick &lt;b&gt;Train&lt;/b&gt;.</source>
        <translation>没有测试点（测试比例为 0）：无可显示；请选择&lt;b&gt;训练集&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>{n} training points</source>
        <translation>{n} 个训练点</translation>
    </message>
    <message>
        <source>{n} test points</source>
        <translation>{n} 个测试点</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>points</source>
        <translation>点数</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>{count} of the {total} points of class {true} were predicted as {predicted}</source>
        <translation>类别 {true} 的 {total} 个点中有 {count} 个被预测为 {predicted}</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>ANN Studio — Hand in</source>
        <translation>ANN Studio — 提交</translation>
    </message>
    <message>
        <source>Your name, as your teacher will see it:</source>
        <translation>您的姓名（老师将看到）：</translation>
    </message>
    <message>
        <source>Student&apos;s name</source>
        <translation>学生姓名</translation>
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
        <translation>恒等</translation>
    </message>
    <message>
        <source>binary classification</source>
        <translation>二分类</translation>
    </message>
    <message>
        <source>σ (sigmoid)</source>
        <translation>σ（Sigmoid）</translation>
    </message>
    <message>
        <source>cross entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>multi-class classification</source>
        <translation>多分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <source>lecture: 0.1·N(0, 1)</source>
        <translation>课堂：0.1·N(0, 1)</translation>
    </message>
    <message>
        <source>Xavier (Glorot) uniform</source>
        <translation>Xavier（Glorot）均匀分布</translation>
    </message>
    <message>
        <source>He (Kaiming) normal</source>
        <translation>He（Kaiming）正态分布</translation>
    </message>
    <message>
        <source>zeros (every weight 0)</source>
        <translation>全零（每个权重为 0）</translation>
    </message>
    <message>
        <source>Hidden layers (input → output)</source>
        <translation>隐藏层（输入 → 输出）</translation>
    </message>
    <message>
        <source>+ Add layer</source>
        <translation>+ 添加层</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output</source>
        <translation>在输出层之前添加一个隐藏层</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>The dataset&apos;s task sets the output layer and the loss; change the dataset to change the task.</source>
        <translation>数据集的任务决定输出层和损失；要改变任务，请更换数据集。</translation>
    </message>
    <message>
        <source>How W starts (biases start at 0)</source>
        <translation>W 的初始方式（偏置从 0 开始）</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>units</source>
        <translation>神经元数</translation>
    </message>
    <message>
        <source>activation φ</source>
        <translation>激活函数 φ</translation>
    </message>
    <message>
        <source>layer {k}</source>
        <translation>第 {k} 层</translation>
    </message>
    <message>
        <source>Lecture numbering counts from the output (layer 1 = output layer); View ▸ PyTorch layer order counts from the input</source>
        <translation>课堂编号从输出端开始（第 1 层 = 输出层）；视图 ▸ PyTorch 层顺序 从输入端开始编号</translation>
    </message>
    <message>
        <source>units of hidden layer {n}</source>
        <translation>第 {n} 个隐藏层的神经元数</translation>
    </message>
    <message>
        <source>Activation of hidden layer {n}</source>
        <translation>第 {n} 个隐藏层的激活函数</translation>
    </message>
    <message>
        <source>Move this layer towards the input</source>
        <translation>将此层移向输入端</translation>
    </message>
    <message>
        <source>Move this layer towards the output</source>
        <translation>将此层移向输出端</translation>
    </message>
    <message>
        <source>Remove this layer</source>
        <translation>删除此层</translation>
    </message>
    <message>
        <source>no hidden layer: a linear model (logistic / softmax regression)</source>
        <translation>没有隐藏层：线性模型（逻辑回归 / softmax 回归）</translation>
    </message>
    <message>
        <source>at most {n} hidden layers here</source>
        <translation>此处最多 {n} 个隐藏层</translation>
    </message>
    <message>
        <source>Input: {n} feature</source>
        <translation>输入：{n} 个特征</translation>
    </message>
    <message>
        <source>Input: {n} features</source>
        <translation>输入：{n} 个特征</translation>
    </message>
    <message>
        <source>{n} unit</source>
        <translation>{n} 个神经元</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} 个神经元</translation>
    </message>
    <message>
        <source>{units}, {activation} · loss: {loss}
(the dataset&apos;s task: {task})</source>
        <translation>{units}，{activation} · 损失：{loss}
（数据集的任务：{task}）</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Network panel</source>
        <translation>网络面板</translation>
    </message>
</context>
<context>
    <name>Notation</name>
    <message>
        <source>Numbering: the lecture&apos;s worked ¬XOR example and its backprop derivation give u and z an index one higher than its code: uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ with output z₁ (it writes u₃,₀ = x₀ − x₁). ANN Studio follows the lecture&apos;s code: uᵢ = zᵢWᵢ + bᵢ with output z₀, so the example&apos;s u₃ is u₂ here and its z₁ is z₀. The weights W₂, b₂, W₁, b₁ have the same names in both.</source>
        <translation>编号说明：讲义中手算的 ¬XOR 例子及其反向传播推导给 u 和 z 的下标比讲义代码中的大一：uᵢ₊₁ = zᵢ₊₁Wᵢ + bᵢ，输出为 z₁（讲义写作 u₃,₀ = x₀ − x₁）。ANN Studio 采用讲义代码的编号：uᵢ = zᵢWᵢ + bᵢ，输出为 z₀；因此例子中的 u₃ 在这里是 u₂，它的 z₁ 在这里是 z₀。权重 W₂、b₂、W₁、b₁ 在两者中名称相同。</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>{name} is empty; enter a number</source>
        <translation>{name} 为空；请输入一个数</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {text}</source>
        <translation>{name} 必须是整数，实际为 {text}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {text}</source>
        <translation>{name} 必须是数字，实际为 {text}</translation>
    </message>
</context>
<context>
    <name>PointsModel</name>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>point</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>label y</source>
        <translation>标签 y</translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <source>Click a row to inspect that point, or click a point in the data view (Inspect mode), or type one below.</source>
        <translation>点击一行以检查该点，或在数据视图中点击一个点（检查模式），或在下方输入一个点。</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>e.g. 0.5, −1</source>
        <translation>例如 0.5, −1</translation>
    </message>
    <message>
        <source>Coordinates x</source>
        <translation>坐标 x</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>例如 1</translation>
    </message>
    <message>
        <source>Label y</source>
        <translation>标签 y</translation>
    </message>
    <message>
        <source>coordinates x =</source>
        <translation>坐标 x =</translation>
    </message>
    <message>
        <source>label y =</source>
        <translation>标签 y =</translation>
    </message>
    <message>
        <source>Inspect this point</source>
        <translation>检查这个点</translation>
    </message>
    <message>
        <source>training point</source>
        <translation>训练点</translation>
    </message>
    <message>
        <source>test point</source>
        <translation>测试点</translation>
    </message>
    <message>
        <source>typed point</source>
        <translation>输入的点</translation>
    </message>
    <message>
        <source>&lt;b&gt;{point}&lt;/b&gt;: x = ({x}), label y = {y} &amp;nbsp;→&amp;nbsp; output and loss hidden: predict them step by step</source>
        <translation>&lt;b&gt;{point}&lt;/b&gt;：x = ({x})，标签 y = {y} &amp;nbsp;→&amp;nbsp; 输出和损失已隐藏：请逐步预测它们</translation>
    </message>
    <message>
        <source>&lt;b&gt;{point}&lt;/b&gt;: x = ({x}), label y = {y} &amp;nbsp;→&amp;nbsp; output {z0} = ({out}), loss L = {loss}</source>
        <translation>&lt;b&gt;{point}&lt;/b&gt;：x = ({x})，标签 y = {y} &amp;nbsp;→&amp;nbsp; 输出 {z0} = ({out})，损失 L = {loss}</translation>
    </message>
    <message>
        <source>type the point&apos;s label y, e.g. 1</source>
        <translation>请输入该点的标签 y，例如 1</translation>
    </message>
    <message>
        <source>the typed point</source>
        <translation>输入的点</translation>
    </message>
</context>
<context>
    <name>PredictMode</name>
    <message>
        <source>negative</source>
        <translation>负</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>零</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正</translation>
    </message>
    <message>
        <source>Predict the next value</source>
        <translation>预测下一个值</translation>
    </message>
    <message>
        <source>your prediction, e.g. 0.62 or −1.5, then Enter</source>
        <translation>您的预测，例如 0.62 或 −1.5，然后按 Enter</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>您的预测</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>predict that the value is {sign}</source>
        <translation>预测该值为{sign}</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Skip this one: show the value (not scored)</source>
        <translation>跳过此题：显示该值（不计分）</translation>
    </message>
    <message>
        <source>Predict: on</source>
        <translation>预测：开</translation>
    </message>
    <message>
        <source>score: {correct} / {total} correct</source>
        <translation>得分：{correct} / {total} 正确</translation>
    </message>
    <message>
        <source>Every value on this page is checked. Next ▶ for the next step.</source>
        <translation>本页的每个值都已核对。点击“下一步 ▶”进入下一步。</translation>
    </message>
    <message>
        <source>Every value on this page is checked. That was the last step.</source>
        <translation>本页的每个值都已核对。这是最后一步。</translation>
    </message>
    <message>
        <source>Is it negative, zero or positive?</source>
        <translation>它是负、零还是正？</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predict {value}&lt;/b&gt;</source>
        <translation>&lt;b&gt;预测 {value}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>shown: {name} = {value} (not scored)</source>
        <translation>已显示：{name} = {value}（不计分）</translation>
    </message>
</context>
<context>
    <name>RaceView</name>
    <message>
        <source>racer</source>
        <translation>参赛者</translation>
    </message>
    <message>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&lt;b&gt;Racers&lt;/b&gt; (optimizer name=value …) — all start from the same weights and see the same batches</source>
        <translation>&lt;b&gt;参赛者&lt;/b&gt;（优化器 名称=值 …）— 全部从相同的权重出发，使用相同的批量</translation>
    </message>
    <message>
        <source>Racers</source>
        <translation>参赛者</translation>
    </message>
    <message>
        <source>One optimizer setting per line; select one and press Remove to drop it</source>
        <translation>每行一个优化器设置；选中后按“移除”即可删除</translation>
    </message>
    <message>
        <source>New racer: optimizer name=value</source>
        <translation>新参赛者：优化器 名称=值</translation>
    </message>
    <message>
        <source>e.g. adam lr=0.01 or sgd lr=0.05 momentum=0.9</source>
        <translation>例如 adam lr=0.01 或 sgd lr=0.05 momentum=0.9</translation>
    </message>
    <message>
        <source>Add racer</source>
        <translation>添加参赛者</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>▶ Start race</source>
        <translation>▶ 开始比赛</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>No test points: set a test fraction on the Dataset tab to see the racers&apos; test accuracy.</source>
        <translation>没有测试点：请在数据集选项卡中设置测试比例，以查看参赛者的测试准确率。</translation>
    </message>
    <message>
        <source>Race results</source>
        <translation>比赛结果</translation>
    </message>
    <message>
        <source>{name}: {n} training points, network {sizes}, batch {batch}</source>
        <translation>{name}：{n} 个训练点，网络 {sizes}，批量 {batch}</translation>
    </message>
    <message>
        <source>at most {n} racers</source>
        <translation>最多 {n} 个参赛者</translation>
    </message>
    <message>
        <source>no network and data to race on</source>
        <translation>没有可用于比赛的网络和数据</translation>
    </message>
    <message>
        <source>a race needs at least two racers</source>
        <translation>比赛至少需要两个参赛者</translation>
    </message>
    <message>
        <source>starting the race…</source>
        <translation>比赛即将开始…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>all {n} racers start at loss {loss}</source>
        <translation>全部 {n} 个参赛者的初始损失为 {loss}</translation>
    </message>
    <message>
        <source>epoch {epoch} of {epochs}</source>
        <translation>第 {epoch} 轮，共 {epochs} 轮</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>{n} steps</source>
        <translation>{n} 步</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>finished: {winner} has the lowest training loss</source>
        <translation>已结束：{winner} 的训练损失最低</translation>
    </message>
    <message>
        <source>the race stopped: {reason}</source>
        <translation>比赛已中止：{reason}</translation>
    </message>
</context>
<context>
    <name>ReceiveWindow</name>
    <message>
        <source>Receiving hand-ins — {title} — ANN Studio</source>
        <translation>正在接收提交 — {title} — ANN Studio</translation>
    </message>
    <message>
        <source>Receive hand-ins</source>
        <translation>接收提交</translation>
    </message>
    <message>
        <source>Hand in “{title}” to this computer</source>
        <translation>将“{title}”提交到这台计算机</translation>
    </message>
    <message>
        <source>In ANN Studio: File ▸ Hand in…, choose “The teacher&apos;s computer” and type the address and the class code.</source>
        <translation>在 ANN Studio 中：文件 ▸ 提交…，选择“老师的计算机”，然后输入地址和班级代码。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The address the students type</source>
        <translation>学生输入的地址</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>班级代码</translation>
    </message>
    <message>
        <source>The class code the students type</source>
        <translation>学生输入的班级代码</translation>
    </message>
    <message>
        <source>Hand-ins received and refused</source>
        <translation>已接收和已拒收的提交</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>服务器状态</translation>
    </message>
    <message>
        <source>Receive on:</source>
        <translation>接收地址：</translation>
    </message>
    <message>
        <source>{address} (this computer only)</source>
        <translation>{address}（仅本机）</translation>
    </message>
    <message>
        <source>Network address to receive on</source>
        <translation>用于接收的网络地址</translation>
    </message>
    <message>
        <source>The network the students&apos; computers are on; 127.0.0.1 is this computer only</source>
        <translation>学生计算机所在的网络；127.0.0.1 仅指本机</translation>
    </message>
    <message>
        <source>Class table</source>
        <translation>班级表</translation>
    </message>
    <message>
        <source>Show the class table</source>
        <translation>显示班级表</translation>
    </message>
    <message>
        <source>Show the class table of the hand-ins received</source>
        <translation>显示已接收提交的班级表</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop receiving hand-ins</source>
        <translation>停止接收提交</translation>
    </message>
    <message>
        <source>Stop the server: no more hand-ins are received (those received stay in the folder)</source>
        <translation>停止服务器：不再接收提交（已接收的保留在文件夹中）</translation>
    </message>
    <message>
        <source>{received} received · {refused} refused</source>
        <translation>已接收 {received} · 已拒收 {refused}</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Start receiving hand-ins again</source>
        <translation>重新开始接收提交</translation>
    </message>
    <message>
        <source>Receiving into {folder}.</source>
        <translation>正在接收到 {folder}。</translation>
    </message>
    <message>
        <source>Stopped: no hand-ins are received. Those received stay in the folder.</source>
        <translation>已停止：不再接收提交。已接收的保留在文件夹中。</translation>
    </message>
</context>
<context>
    <name>Receiver</name>
    <message>
        <source>Receive: the folder to store hand-ins in</source>
        <translation>接收：用于存放提交的文件夹</translation>
    </message>
    <message>
        <source>Receive: choose the teacher&apos;s key</source>
        <translation>接收：选择教师密钥</translation>
    </message>
    <message>
        <source>Teacher&apos;s keys (*{ext});;All files (*)</source>
        <translation>教师密钥 (*{ext});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Receive hand-ins</source>
        <translation>接收提交</translation>
    </message>
    <message>
        <source>cannot use the folder: {reason}</source>
        <translation>无法使用该文件夹：{reason}</translation>
    </message>
    <message>
        <source>Port {wanted} is in use here, so port {port} is used.</source>
        <translation>此处端口 {wanted} 已被占用，因此使用端口 {port}。</translation>
    </message>
    <message>
        <source>from {who}</source>
        <translation>来自 {who}</translation>
    </message>
</context>
<context>
    <name>RunTimeline</name>
    <message>
        <source>the timeline records NumPy-engine runs</source>
        <translation>时间线只记录 NumPy 引擎的训练</translation>
    </message>
    <message>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>branched at step {step} · Run ▶ trains on</source>
        <translation>已在第 {step} 步分支 · 运行 ▶ 继续训练</translation>
    </message>
    <message>
        <source>live · step {step}</source>
        <translation>实时 · 第 {step} 步</translation>
    </message>
    <message>
        <source>step {step} · epoch {epoch}</source>
        <translation>第 {step} 步 · 第 {epoch} 轮</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Reading the CSV file…</source>
        <translation>正在读取 CSV 文件…</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Derived features</source>
        <translation>派生特征</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>添加点</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>the last training point cannot be removed</source>
        <translation>不能删除最后一个训练点</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Pause ❚❚</source>
        <translation>暂停 ❚❚</translation>
    </message>
    <message>
        <source>Pause training  [Space]</source>
        <translation>暂停训练  [空格]</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>运行 ▶</translation>
    </message>
    <message>
        <source>Train until you press Pause  [Space]</source>
        <translation>一直训练，直到按下暂停  [空格]</translation>
    </message>
    <message>
        <source>Train for {n} epochs  [Space]</source>
        <translation>训练 {n} 个轮次  [空格]</translation>
    </message>
    <message>
        <source>Run ▶ (+{n} epochs)</source>
        <translation>运行 ▶（+{n} 轮）</translation>
    </message>
    <message>
        <source>Continue for {n} more epochs (to epoch {target})  [Space]</source>
        <translation>再训练 {n} 个轮次（到第 {target} 轮）  [空格]</translation>
    </message>
    <message>
        <source>Continue to epoch {target} ({more} more)  [Space]</source>
        <translation>继续到第 {target} 轮（还差 {more} 轮）  [空格]</translation>
    </message>
</context>
<context>
    <name>SgdStepTab</name>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>The experiment&apos;s learning rate (Training panel); change it here to try another step on this point only.</source>
        <translation>实验的学习率（训练面板）；在这里修改它，只在这个点上尝试另一步。</translation>
    </message>
    <message>
        <source>learning rate lr</source>
        <translation>学习率 lr</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Gradient of</source>
        <translation>梯度来源</translation>
    </message>
    <message>
        <source>this point (the gradients on the Step through tab)</source>
        <translation>这个点（“逐步”标签页中的梯度）</translation>
    </message>
    <message>
        <source>the mini-batch (its average gradient)</source>
        <translation>小批量（其平均梯度）</translation>
    </message>
    <message>
        <source>gradient of</source>
        <translation>梯度来源</translation>
    </message>
    <message>
        <source>Apply one step</source>
        <translation>执行一步</translation>
    </message>
    <message>
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>The step goes on the undo stack: Ctrl+Z takes it back.</source>
        <translation>这一步会放入撤销栈：按 Ctrl+Z 即可撤回。</translation>
    </message>
    <message>
        <source>Optimizer step</source>
        <translation>优化器一步</translation>
    </message>
    <message>
        <source>{optimizer} (the experiment&apos;s): {formula}</source>
        <translation>{optimizer}（实验所用）：{formula}</translation>
    </message>
    <message>
        <source>.  Applied here from a fresh state (no momentum or running averages yet), so it is that optimizer&apos;s first step.</source>
        <translation>。这里从全新状态应用（还没有动量或滑动平均），因此是该优化器的第一步。</translation>
    </message>
    <message>
        <source>W ← W − lr·∂L/∂W and b ← b − lr·∂L/∂b for every layer ({layers}), with the gradient of this point&apos;s loss (the classic worked example) or of the mini-batch.</source>
        <translation>对每一层（{layers}）执行 W ← W − lr·∂L/∂W 和 b ← b − lr·∂L/∂b，使用这个点的损失梯度（经典的计算示例）或小批量的梯度。</translation>
    </message>
    <message>
        <source>(the worked example is hidden in Predict mode)</source>
        <translation>（预测模式下隐藏计算示例）</translation>
    </message>
    <message>
        <source>With lr = {lr}, for example: {step}</source>
        <translation>当 lr = {lr} 时，例如：{step}</translation>
    </message>
    <message>
        <source>With lr = {lr}, for example: {entry} = {before} → {after} ({optimizer}&apos;s first step; {grad} = {value})</source>
        <translation>当 lr = {lr} 时，例如：{entry} = {before} → {after}（{optimizer} 的第一步；{grad} = {value}）</translation>
    </message>
    <message>
        <source>no mini-batch: load a dataset first</source>
        <translation>没有小批量：请先加载数据集</translation>
    </message>
    <message>
        <source>{optimizer} step, lr = {lr}</source>
        <translation>{optimizer} 一步，lr = {lr}</translation>
    </message>
    <message>
        <source>this point&apos;s loss</source>
        <translation>这个点的损失</translation>
    </message>
    <message>
        <source>mini-batch loss (mean)</source>
        <translation>小批量损失（平均）</translation>
    </message>
    <message>
        <source>training set loss (mean)</source>
        <translation>训练集损失（平均）</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>&lt;b&gt;What you see.&lt;/b&gt; In the middle, the data (a colour per class) over the network&apos;s decision boundary, and the network under it; on the right, the loss and accuracy of each epoch and every layer&apos;s neurons. The tabs on the left (Dataset, Network, Training) change the run.</source>
        <translation>&lt;b&gt;你看到的内容。&lt;/b&gt;中间是数据（每个类别一种颜色）叠在网络的决策边界上，下方是网络本身；右侧是每个轮次的损失和准确率，以及每一层的神经元。左侧的选项卡（数据集、网络、训练）用来修改这次运行。</translation>
    </message>
    <message>
        <source>Train the network and watch the boundary (the coloured regions) bend to the data.</source>
        <translation>训练网络，观察边界（彩色区域）如何弯曲以贴合数据。</translation>
    </message>
    <message>
        <source>A guided lesson: predict what happens, then run and see.</source>
        <translation>引导式课程：先预测会发生什么，再运行并观察。</translation>
    </message>
    <message>
        <source>One point&apos;s forward pass and backpropagation, with the real numbers. Then click any point.</source>
        <translation>一个点的前向传播和反向传播，使用真实数值。之后可点击任意点。</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>从这里开始</translation>
    </message>
    <message>
        <source>start panel</source>
        <translation>开始面板</translation>
    </message>
    <message>
        <source>Try the first lesson</source>
        <translation>试试第一课</translation>
    </message>
    <message>
        <source>No lessons are installed</source>
        <translation>未安装任何课程</translation>
    </message>
    <message>
        <source>Inspect a point</source>
        <translation>检查一个点</translation>
    </message>
    <message>
        <source>The step-through inspector on the first training point</source>
        <translation>在第一个训练点上打开逐步检查器</translation>
    </message>
    <message>
        <source>start panel: run</source>
        <translation>开始面板：运行</translation>
    </message>
    <message>
        <source>start panel: lesson</source>
        <translation>开始面板：课程</translation>
    </message>
    <message>
        <source>start panel: inspect</source>
        <translation>开始面板：检查</translation>
    </message>
    <message>
        <source>{text} The first: “{lesson}”.</source>
        <translation>{text} 第一课：“{lesson}”。</translation>
    </message>
    <message>
        <source>Don&apos;t show this at start</source>
        <translation>启动时不再显示</translation>
    </message>
    <message>
        <source>Help ▸ Where to start opens it again.</source>
        <translation>帮助 ▸ 从哪里开始 可再次打开。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>close the start panel</source>
        <translation>关闭开始面板</translation>
    </message>
    <message>
        <source>There are no training points to inspect</source>
        <translation>没有可检查的训练点</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>epoch {epoch} · step {step}</source>
        <translation>轮次 {epoch} · 第 {step} 步</translation>
    </message>
    <message>
        <source>{speed} steps/s</source>
        <translation>{speed} 步/秒</translation>
    </message>
    <message>
        <source>loading PyTorch</source>
        <translation>正在加载 PyTorch</translation>
    </message>
    <message>
        <source>switching to {engine}</source>
        <translation>正在切换到 {engine}</translation>
    </message>
    <message>
        <source>{what}… {seconds} s</source>
        <translation>{what}… {seconds} 秒</translation>
    </message>
    <message>
        <source> — slower than NumPy for this small net</source>
        <translation> — 对这个小网络而言比 NumPy 慢</translation>
    </message>
    <message>
        <source> (compiled)</source>
        <translation>（已编译）</translation>
    </message>
    <message>
        <source>{engine} on {device}</source>
        <translation>{engine}，运行于 {device}</translation>
    </message>
    <message>
        <source> · preparing the fast path…</source>
        <translation> · 正在准备快速路径…</translation>
    </message>
    <message>
        <source>Engine path: {note}</source>
        <translation>引擎路径：{note}</translation>
    </message>
</context>
<context>
    <name>StepsPage</name>
    <message>
        <source>◀◀ Start</source>
        <translation>◀◀ 开始</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Run to end ▶▶</source>
        <translation>运行到最后 ▶▶</translation>
    </message>
    <message>
        <source>Run to end</source>
        <translation>运行到最后</translation>
    </message>
    <message>
        <source>Step-through page</source>
        <translation>逐步页面</translation>
    </message>
    <message>
        <source>step {n} of {count}</source>
        <translation>第 {n} 步，共 {count} 步</translation>
    </message>
    <message>
        <source>x: the input point</source>
        <translation>x：输入点</translation>
    </message>
    <message>
        <source>(from an earlier step) {description}</source>
        <translation>（来自前面的步骤）{description}</translation>
    </message>
    <message>
        <source>in {n}</source>
        <translation>输入 {n}</translation>
    </message>
    <message>
        <source>unit {n}</source>
        <translation>神经元 {n}</translation>
    </message>
    <message>
        <source>finite difference for {param}</source>
        <translation>{param} 的有限差分</translation>
    </message>
    <message>
        <source>(L(θ + ε) − L(θ − ε)) / 2ε with ε = {eps}, each entry moved on its own: an independent check of the backprop value beside it.</source>
        <translation>(L(θ + ε) − L(θ − ε)) / 2ε，其中 ε = {eps}，每次只移动一个条目：对旁边反向传播结果的独立核验。</translation>
    </message>
    <message>
        <source>max |backprop − finite difference| = {diff}</source>
        <translation>max |反向传播 − 有限差分| = {diff}</translation>
    </message>
    <message>
        <source>  ({done} of {size} entries: click an entry to check it)</source>
        <translation>  （{size} 个条目中的 {done} 个：点击一个条目以核验）</translation>
    </message>
    <message>
        <source>click an entry of the gradient to check it</source>
        <translation>点击梯度中的一个条目以核验它</translation>
    </message>
    <message>
        <source>{where} = 0 sit at ReLU&apos;s kink: backprop uses h(0) = 0 (as PyTorch does) while the central difference averages the two one-sided slopes, so the two may differ there.</source>
        <translation>{where} = 0 位于 ReLU 的拐点：反向传播使用 h(0) = 0（与 PyTorch 相同），而中心差分取两侧斜率的平均，因此两者在此处可能不同。</translation>
    </message>
    <message>
        <source>{where} = 0 sits at ReLU&apos;s kink: backprop uses h(0) = 0 (as PyTorch does) while the central difference averages the two one-sided slopes, so the two may differ there.</source>
        <translation>{where} = 0 位于 ReLU 的拐点：反向传播使用 h(0) = 0（与 PyTorch 相同），而中心差分取两侧斜率的平均，因此两者在此处可能不同。</translation>
    </message>
</context>
<context>
    <name>TeacherSender</name>
    <message>
        <source>no answer came in time</source>
        <translation>没有及时收到回复</translation>
    </message>
    <message>
        <source>cannot reach the teacher&apos;s computer at {address} ({why}); nothing was handed in</source>
        <translation>无法连接到位于 {address} 的老师的计算机（{why}）；没有提交任何内容</translation>
    </message>
    <message>
        <source>the teacher&apos;s computer refused the hand-in: {why}</source>
        <translation>老师的计算机拒绝了提交：{why}</translation>
    </message>
    <message>
        <source>handed in to the teacher&apos;s computer as {name}</source>
        <translation>已提交到老师的计算机，名为 {name}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Timeline: the run&apos;s step</source>
        <translation>时间线：训练的步</translation>
    </message>
    <message>
        <source>Drag back to see the network as it was at that step (training pauses); release at the right end for the live run. Keys: ← → one step, PgUp/PgDn one epoch, End: live</source>
        <translation>向回拖动可查看网络在该步时的状态（训练暂停）；在最右端松开回到实时训练。按键：← → 一步，PgUp/PgDn 一轮，End：实时</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>从此处分支</translation>
    </message>
    <message>
        <source>Train on from this step — the same weights, optimizer state and batch position — with the settings now in the panels; the run so far stays on the curves, faded</source>
        <translation>从此步继续训练——相同的权重、优化器状态和批量位置——使用面板中当前的设置；之前的训练以淡色保留在曲线上</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Recorded checkpoint</source>
        <translation>已记录的检查点</translation>
    </message>
    <message>
        <source>Scrub back through the run&apos;s recorded checkpoints (arrow keys, Page Up/Down, Home, End)</source>
        <translation>回看训练中已记录的检查点（方向键、Page Up/Down、Home、End）</translation>
    </message>
    <message>
        <source>the network at this step</source>
        <translation>该步时的网络</translation>
    </message>
    <message>
        <source>Loss of every mini-batch (block means)</source>
        <translation>每个小批量的损失（分块均值）</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>recorded run</source>
        <translation>已记录的训练</translation>
    </message>
    <message>
        <source>Branch with</source>
        <translation>分支设置</translation>
    </message>
    <message>
        <source>Branch with settings</source>
        <translation>分支所用的设置</translation>
    </message>
    <message>
        <source>optimizer and settings, e.g. adam lr=0.01</source>
        <translation>优化器与设置，例如 adam lr=0.01</translation>
    </message>
    <message>
        <source>The same optimizer keeps its state (only the settings change); another optimizer starts fresh from these weights</source>
        <translation>相同的优化器保留其状态（只改变设置）；换用其他优化器则从这些权重重新开始</translation>
    </message>
    <message>
        <source>for</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Branch for epochs</source>
        <translation>分支训练的轮次</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <source>Branch from here</source>
        <translation>从此处分支</translation>
    </message>
    <message>
        <source>Animation for slides:</source>
        <translation>用于幻灯片的动画：</translation>
    </message>
    <message>
        <source>Animation frames per second</source>
        <translation>动画每秒帧数</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <source>Frame rate of the animation: each frame is one recorded checkpoint</source>
        <translation>动画的帧率：每一帧是一个已记录的检查点</translation>
    </message>
    <message>
        <source>Animation format</source>
        <translation>动画格式</translation>
    </message>
    <message>
        <source>GIF only: an MP4 encoder would add an ffmpeg binary of tens of MB to ANN Studio</source>
        <translation>仅支持 GIF：MP4 编码器会给 ANN Studio 增加一个数十 MB 的 ffmpeg 程序</translation>
    </message>
    <message>
        <source>Export animation…</source>
        <translation>导出动画…</translation>
    </message>
    <message>
        <source>Save the run as an animated GIF: per checkpoint (at most {n}, spread evenly) the boundary and the loss curve up to that step</source>
        <translation>将训练保存为 GIF 动画：每个检查点（最多 {n} 个，均匀分布）显示决策边界和截至该步的损失曲线</translation>
    </message>
    <message>
        <source>timeline: {n} checkpoints, one every {k} steps, {size} of {budget} (older checkpoints are thinned out to stay within it)</source>
        <translation>时间线：{n} 个检查点，每 {k} 步一个，{size} / {budget}（较早的检查点会被稀疏化以保持在限额内）</translation>
    </message>
    <message>
        <source>timeline: {n} checkpoints, one every step, {size} of {budget} (older checkpoints are thinned out to stay within it)</source>
        <translation>时间线：{n} 个检查点，每步一个，{size} / {budget}（较早的检查点会被稀疏化以保持在限额内）</translation>
    </message>
    <message>
        <source>; its batch loss {loss}</source>
        <translation>；该批量的损失 {loss}</translation>
    </message>
    <message>
        <source>step {step} of {steps} ({place}){loss}</source>
        <translation>第 {step} 步，共 {steps} 步（{place}）{loss}</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>export canceled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>rendering {n} frames…</source>
        <translation>正在渲染 {n} 帧…</translation>
    </message>
    <message>
        <source>saved {name}: {n} frames at {fps} frames/s ({size})</source>
        <translation>已保存 {name}：{n} 帧，每秒 {fps} 帧（{size}）</translation>
    </message>
    <message>
        <source>{settings} from step {step}</source>
        <translation>{settings}，自第 {step} 步</translation>
    </message>
    <message>
        <source>training the branch “{label}”…</source>
        <translation>正在训练分支“{label}”…</translation>
    </message>
    <message>
        <source>the branch stopped: {reason}</source>
        <translation>分支已中止：{reason}</translation>
    </message>
    <message>
        <source>branch “{label}”: {n} steps, mean loss of its last 10 batches {loss}{note}</source>
        <translation>分支“{label}”：{n} 步，最后 10 个批量的平均损失 {loss}{note}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>SGD (+ momentum)</source>
        <translation>SGD（+ 动量）</translation>
    </message>
    <message>
        <source>Momentum (lecture form)</source>
        <translation>动量（课堂形式）</translation>
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
        <translation>RMSProp（课堂形式）</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Lecture: W ← W − η ∇Q(W) (lr = η); torch&apos;s momentum μ keeps a velocity v.</source>
        <translation>课堂：W ← W − η ∇Q(W)（lr = η）；torch 的动量 μ 维护一个速度 v。</translation>
    </message>
    <message>
        <source>Lecture: ΔW_t = (1−η)ΔW_{t−1} + η∇Q(W_t), W_{t+1} = W_t − αΔW_t, ΔW_0 = 0 (lr = α, eta = η); lecture run: α = 0.04, η = 0.7.</source>
        <translation>课堂：ΔW_t = (1−η)ΔW_{t−1} + η∇Q(W_t)，W_{t+1} = W_t − αΔW_t，ΔW_0 = 0（lr = α，eta = η）；课堂示例：α = 0.04，η = 0.7。</translation>
    </message>
    <message>
        <source>Lecture: each gradient component is divided by the square root of the running sum of its squares, step rate η; its formula writes + (a typo). Its code puts ε inside the root, √(G + ε); torch and this app add it outside, √G + ε.</source>
        <translation>课堂：梯度的每个分量都除以其平方累积和的平方根，步长为 η；其公式写成了 +（笔误）。其代码把 ε 放在根号内，√(G + ε)；torch 和本程序把它加在根号外，√G + ε。</translation>
    </message>
    <message>
        <source>torch&apos;s RMSprop keeps v per component; its alpha is the lecture&apos;s γ (not the α of the lecture&apos;s momentum). The lecture&apos;s form keeps one v per matrix (choose &apos;RMSProp (lecture form)&apos;).</source>
        <translation>torch 的 RMSprop 为每个分量维护一个 v；它的 alpha 就是课堂上的 γ（不是课堂动量中的 α）。课堂形式每个矩阵只维护一个 v（请选择“RMSProp（课堂形式）”）。</translation>
    </message>
    <message>
        <source>Lecture&apos;s code: v = γv + (1−γ)‖∇‖², W ← W − η∇/√v (one v per matrix); it starts v at 1 and has no ε (this app starts v at 0 and adds ε). Its formula divides by v, its code by √v (the app follows the code).</source>
        <translation>课堂代码：v = γv + (1−γ)‖∇‖²，W ← W − η∇/√v（每个矩阵一个 v）；它让 v 从 1 开始且没有 ε（本程序让 v 从 0 开始并加上 ε）。其公式除以 v，代码却除以 √v（本程序按代码实现）。</translation>
    </message>
    <message>
        <source>Not the lecture&apos;s training loop (that is SGD): Adam appears among its other optimizers, as torch.optim.Adam (lr 1e-3).</source>
        <translation>不是课堂上的训练循环（那是 SGD）：Adam 出现在课堂介绍的其他优化器中，即 torch.optim.Adam（lr 1e-3）。</translation>
    </message>
    <message>
        <source>learning rate: the step size (η in the lecture, α in its momentum form)</source>
        <translation>学习率：步长（课堂上记作 η，在其动量形式中记作 α）</translation>
    </message>
    <message>
        <source>momentum μ: v ← μv + (1−dampening)∇ (0 = plain SGD)</source>
        <translation>动量 μ：v ← μv + (1−dampening)∇（0 = 普通 SGD）</translation>
    </message>
    <message>
        <source>dampening: how much of the new gradient enters the velocity</source>
        <translation>阻尼：新梯度有多少进入速度</translation>
    </message>
    <message>
        <source>weight decay λ: adds λW to the gradient (L2 penalty)</source>
        <translation>权重衰减 λ：在梯度上加 λW（L2 惩罚）</translation>
    </message>
    <message>
        <source>Nesterov momentum: step with ∇ + μv</source>
        <translation>Nesterov 动量：用 ∇ + μv 更新</translation>
    </message>
    <message>
        <source>η: weight of the new gradient in ΔW_t = (1−η)ΔW_{t−1} + η∇</source>
        <translation>η：新梯度在 ΔW_t = (1−η)ΔW_{t−1} + η∇ 中的权重</translation>
    </message>
    <message>
        <source>lr decay: lr_t = lr / (1 + (t−1)·decay)</source>
        <translation>lr 衰减：lr_t = lr / (1 + (t−1)·decay)</translation>
    </message>
    <message>
        <source>the starting value of the sum of squared gradients G</source>
        <translation>梯度平方和 G 的初始值</translation>
    </message>
    <message>
        <source>ε: keeps the division finite</source>
        <translation>ε：保证除法结果有限</translation>
    </message>
    <message>
        <source>α: decay of the running average v of squared gradients (the lecture&apos;s γ)</source>
        <translation>α：梯度平方滑动平均 v 的衰减率（课堂上的 γ）</translation>
    </message>
    <message>
        <source>centred: divide by the square root of the variance estimate instead of the root mean square</source>
        <translation>中心化：除以方差估计的平方根，而不是均方根</translation>
    </message>
    <message>
        <source>γ: decay of the running average v = γv + (1−γ)‖∇‖²</source>
        <translation>γ：滑动平均 v = γv + (1−γ)‖∇‖² 的衰减率</translation>
    </message>
    <message>
        <source>β₁, β₂: decays of the running means of ∇ and ∇²</source>
        <translation>β₁, β₂：∇ 和 ∇² 滑动平均的衰减率</translation>
    </message>
    <message>
        <source>AMSGrad: use the maximum of v seen so far</source>
        <translation>AMSGrad：使用迄今为止 v 的最大值</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>动量 μ</translation>
    </message>
    <message>
        <source>Dampening</source>
        <translation>阻尼</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
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
        <translation>lr 衰减</translation>
    </message>
    <message>
        <source>Initial G</source>
        <translation>初始 G</translation>
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
        <translation>中心化</translation>
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
        <translation>自动</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA（NVIDIA GPU）</translation>
    </message>
    <message>
        <source>MPS (Apple GPU)</source>
        <translation>MPS（Apple GPU）</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>运行 ▶</translation>
    </message>
    <message>
        <source>Train until the epoch count (or until paused)  [Space]</source>
        <translation>训练到设定的轮次数（或直到暂停）  [空格]</translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation>单步批量</translation>
    </message>
    <message>
        <source>Train one mini-batch  [S]</source>
        <translation>训练一个小批量  [S]</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>单步轮次</translation>
    </message>
    <message>
        <source>Train to the end of this epoch</source>
        <translation>训练到本轮次结束</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>New initial weights (same seed), history cleared  [R]</source>
        <translation>新的初始权重（相同随机种子），清空历史  [R]</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Run stops after this many epochs in total ({bounds})</source>
        <translation>总共训练这么多轮次后停止（{bounds}）</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>直到停止</translation>
    </message>
    <message>
        <source>Run until you press Pause</source>
        <translation>一直运行，直到按下暂停</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>训练速度</translation>
    </message>
    <message>
        <source>How fast training runs: slow enough to watch each step move the boundary, or as fast as the engine can</source>
        <translation>训练运行的速度：慢到能看清每一步如何移动边界，或者让引擎全速运行</translation>
    </message>
    <message>
        <source>one step per frame</source>
        <translation>每帧一步</translation>
    </message>
    <message>
        <source>Each step waits until the window has drawn the last one</source>
        <translation>每一步都等窗口画完上一步再进行</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Pause ❚❚</source>
        <translation>暂停 ❚❚</translation>
    </message>
    <message>
        <source>Pause training  [Space]</source>
        <translation>暂停训练  [空格]</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>choose the PyTorch engine to check this device</source>
        <translation>选择 PyTorch 引擎以检测此设备</translation>
    </message>
    <message>
        <source>Train on {device}</source>
        <translation>在 {device} 上训练</translation>
    </message>
    <message>
        <source>the NumPy engine runs on the CPU only; choose PyTorch for a GPU</source>
        <translation>NumPy 引擎只能在 CPU 上运行；要用 GPU 请选择 PyTorch</translation>
    </message>
    <message>
        <source>Training panel</source>
        <translation>训练面板</translation>
    </message>
</context>
<context>
    <name>ViewDriver</name>
    <message>
        <source>Neuron {j} of {layer}: z over the input plane (max |z| = {scale})</source>
        <translation>{layer} 的第 {j} 个神经元：输入平面上的 z（max |z| = {scale}）</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start again with the lecture run</source>
        <translation>用课堂示例重新开始</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an experiment file</source>
        <translation>打开实验文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the experiment as a new file</source>
        <translation>将实验另存为新文件</translation>
    </message>
    <message>
        <source>PyTorch script…</source>
        <translation>PyTorch 脚本…</translation>
    </message>
    <message>
        <source>Write the equivalent PyTorch script</source>
        <translation>写出等价的 PyTorch 脚本</translation>
    </message>
    <message>
        <source>Loss history CSV…</source>
        <translation>损失历史 CSV…</translation>
    </message>
    <message>
        <source>Per-epoch losses and accuracy as CSV, then the current metrics (confusion matrix, …)</source>
        <translation>每个轮次的损失和准确率（CSV），然后是当前指标（混淆矩阵等）</translation>
    </message>
    <message>
        <source>Plot as PNG/SVG…</source>
        <translation>图表另存为 PNG/SVG…</translation>
    </message>
    <message>
        <source>Save the loss curves as an image</source>
        <translation>将损失曲线保存为图片</translation>
    </message>
    <message>
        <source>Window as PNG…</source>
        <translation>窗口另存为 PNG…</translation>
    </message>
    <message>
        <source>Save a picture of the whole window</source>
        <translation>保存整个窗口的截图</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>提交(&amp;H)…</translation>
    </message>
    <message>
        <source>Hand this trained run in for a challenge, to a folder your teacher collects from</source>
        <translation>将这次训练好的运行提交到挑战，放入老师收取的文件夹</translation>
    </message>
    <message>
        <source>New &amp;challenge…</source>
        <translation>新建挑战(&amp;C)…</translation>
    </message>
    <message>
        <source>Turn this experiment into a challenge for the class: a file for the students and a key with the held-out points for you</source>
        <translation>把这个实验变成班级挑战：给学生一个文件，给你一个含保留点的答案文件</translation>
    </message>
    <message>
        <source>Collect from &amp;folder…</source>
        <translation>从文件夹收取(&amp;F)…</translation>
    </message>
    <message>
        <source>Score every hand-in of a folder on the key&apos;s held-out points and show the class</source>
        <translation>用答案文件的保留点为文件夹中的每份提交打分，并显示全班结果</translation>
    </message>
    <message>
        <source>Collect from .&amp;zip…</source>
        <translation>从 .zip 收取(&amp;Z)…</translation>
    </message>
    <message>
        <source>Score every hand-in of a .zip (from a learning platform) and show the class</source>
        <translation>为 .zip（来自学习平台）中的每份提交打分，并显示全班结果</translation>
    </message>
    <message>
        <source>&amp;Receive hand-ins on this network…</source>
        <translation>在此网络上接收提交(&amp;R)…</translation>
    </message>
    <message>
        <source>Let the students hand in from their computers to this one, over the classroom&apos;s network; the class table follows as hand-ins arrive</source>
        <translation>让学生通过教室网络从自己的电脑提交到这台电脑；全班表格随提交到达而更新</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close ANN Studio</source>
        <translation>关闭 ANN Studio</translation>
    </message>
    <message>
        <source>Run ▶</source>
        <translation>运行 ▶</translation>
    </message>
    <message>
        <source>Run or pause training  [Space]</source>
        <translation>运行或暂停训练  [空格]</translation>
    </message>
    <message>
        <source>Step batch</source>
        <translation>单步批量</translation>
    </message>
    <message>
        <source>Train one mini-batch  [S]</source>
        <translation>训练一个小批量  [S]</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>单步轮次</translation>
    </message>
    <message>
        <source>Train one epoch  [Shift+S]</source>
        <translation>训练一个轮次  [Shift+S]</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>New initial weights, history cleared  [R]</source>
        <translation>新的初始权重，清空历史  [R]</translation>
    </message>
    <message>
        <source>Step-through &amp;inspector</source>
        <translation>逐步检查器(&amp;I)</translation>
    </message>
    <message>
        <source>Step through forward and backward pass for one point</source>
        <translation>逐步查看一个点的前向传播和反向传播</translation>
    </message>
    <message>
        <source>&amp;About ANN Studio</source>
        <translation>关于 ANN Studio(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Notation</source>
        <translation>符号说明(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <source>What to do first, step by step</source>
        <translation>第一步做什么，逐步说明</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key the window understands</source>
        <translation>窗口支持的所有按键</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <source>Dark colours</source>
        <translation>深色配色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Black on white with strong lines, for a washed-out projector or low vision</source>
        <translation>白底黑字加粗线条，适合褪色的投影仪或视力不佳者</translation>
    </message>
    <message>
        <source>Larger fonts (projector)</source>
        <translation>大字体（投影仪）</translation>
    </message>
    <message>
        <source>Bigger text for a projector</source>
        <translation>为投影仪放大文字</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Large fonts, thick lines, big points and a large status line: readable from the back of a room on a projector</source>
        <translation>大字体、粗线条、大点和大状态栏：投影时教室后排也能看清</translation>
    </message>
    <message>
        <source>Dataset panel</source>
        <translation>数据集面板</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Dataset panel</source>
        <translation>将键盘焦点移到数据集面板</translation>
    </message>
    <message>
        <source>Network panel</source>
        <translation>网络面板</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Network panel</source>
        <translation>将键盘焦点移到网络面板</translation>
    </message>
    <message>
        <source>Training panel</source>
        <translation>训练面板</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Training panel</source>
        <translation>将键盘焦点移到训练面板</translation>
    </message>
    <message>
        <source>Data view (arrow keys move a cross)</source>
        <translation>数据视图（方向键移动十字光标）</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the Data view</source>
        <translation>将键盘焦点移到数据视图</translation>
    </message>
    <message>
        <source>PyTorch layer order (fc1 = first)</source>
        <translation>PyTorch 层顺序（fc1 = 第一层）</translation>
    </message>
    <message>
        <source>Number layers from the input like PyTorch instead of from the output</source>
        <translation>像 PyTorch 一样从输入端而不是输出端给层编号</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>班级(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source> Learning rate </source>
        <translation> 学习率 </translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Learning rate: change it while training</source>
        <translation>学习率：训练过程中可随时修改</translation>
    </message>
    <message>
        <source>  Speed </source>
        <translation>  速度 </translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>训练速度</translation>
    </message>
    <message>
        <source>{tip} (also on the Training panel)</source>
        <translation>{tip}（训练面板中也有）</translation>
    </message>
</context>
<context>
    <name>busy</name>
    <message>
        <source>another file is still being read; wait for it or cancel it</source>
        <translation>另一个文件仍在读取中；请等待或取消</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>读取已取消</translation>
    </message>
</context>
<context>
    <name>challenge_dialog</name>
    <message>
        <source>, derived inputs {features}</source>
        <translation>，派生输入 {features}</translation>
    </message>
    <message>
        <source>The {name} set shipped with ANN Studio ({n} points{extra}).</source>
        <translation>ANN Studio 自带的 {name} 数据集（{n} 个点{extra}）。</translation>
    </message>
    <message>
        <source>Public: its points ship with every copy of ANN Studio, held-out ones too, so a student could train on them; for a graded challenge use a generator or your own CSV.</source>
        <translation>公开：它的点随每一份 ANN Studio 一起分发，保留点也不例外，学生可能会用它们训练；评分用的挑战请使用生成器或您自己的 CSV 文件。</translation>
    </message>
    <message>
        <source>, {n} classes</source>
        <translation>，{n} 个类别</translation>
    </message>
    <message>
        <source>The {name} generator: {n} points, noise {noise}{classes}{extra}.</source>
        <translation>{name} 生成器：{n} 个点，噪声 {noise}{classes}{extra}。</translation>
    </message>
    <message>
        <source>Redrawn with a secret seed, so no student can regenerate the held-out points (the points differ from the ones on screen).</source>
        <translation>用秘密种子重新生成，因此任何学生都无法重现保留点（这些点与屏幕上的不同）。</translation>
    </message>
    <message>
        <source>The CSV file {name}: {n} points{extra}.</source>
        <translation>CSV 文件 {name}：{n} 个点{extra}。</translation>
    </message>
    <message>
        <source>A CSV file: {n} points{extra}.</source>
        <translation>一个 CSV 文件：{n} 个点{extra}。</translation>
    </message>
    <message>
        <source>{n} points drawn or edited by hand{extra}.</source>
        <translation>{n} 个手工绘制或编辑的点{extra}。</translation>
    </message>
    <message>
        <source>The held-out points are picked by a secret shuffle of these points.</source>
        <translation>保留点通过对这些点进行秘密打乱来选出。</translation>
    </message>
</context>
<context>
    <name>challenge_mode</name>
    <message>
        <source>over the limit</source>
        <translation>超出限制</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>Limit on the parameters</source>
        <translation>参数数量限制</translation>
    </message>
    <message>
        <source>Limit on the epochs</source>
        <translation>轮次限制</translation>
    </message>
    <message>
        <source>Limit on the optimizer</source>
        <translation>优化器限制</translation>
    </message>
    <message>
        <source>Limit on the activations</source>
        <translation>激活函数限制</translation>
    </message>
    <message>
        <source>Locked by the challenge: {reason}</source>
        <translation>已被挑战锁定：{reason}</translation>
    </message>
    <message>
        <source>{n} / {most} parameters</source>
        <translation>{n} / {most} 个参数</translation>
    </message>
    <message>
        <source>epochs {n} / {most}, until stopped</source>
        <translation>轮次 {n} / {most}，直到停止</translation>
    </message>
    <message>
        <source>epochs {n} / {most}</source>
        <translation>轮次 {n} / {most}</translation>
    </message>
    <message>
        <source>optimizer: {mine} (allowed: {allowed})</source>
        <translation>优化器：{mine}（允许：{allowed}）</translation>
    </message>
    <message>
        <source>activations: {mine} (allowed: {allowed})</source>
        <translation>激活函数：{mine}（允许：{allowed}）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>class_plots</name>
    <message>
        <source>1 layer</source>
        <translation>1 层</translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation>{n} 层</translation>
    </message>
</context>
<context>
    <name>class_view</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>not finite</source>
        <translation>非有限值</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>已拒收：{reason}</translation>
    </message>
    <message>
        <source>1 hand-in file</source>
        <translation>1 个提交文件</translation>
    </message>
    <message>
        <source>{n} hand-in files</source>
        <translation>{n} 个提交文件</translation>
    </message>
    <message>
        <source>{n} ranked</source>
        <translation>{n} 份已排名</translation>
    </message>
    <message>
        <source>{n} flagged</source>
        <translation>{n} 份已标记</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>{n} 份已拒收</translation>
    </message>
    <message>
        <source>1 other file ignored</source>
        <translation>忽略了 1 个其他文件</translation>
    </message>
    <message>
        <source>{n} other files ignored</source>
        <translation>忽略了 {n} 个其他文件</translation>
    </message>
    <message>
        <source>{title}: {parts}. Scores are {measure}, computed here on the key&apos;s held-out points (from {source}).</source>
        <translation>{title}：{parts}。得分：{measure}，在此根据密钥的保留点计算（来自 {source}）。</translation>
    </message>
</context>
<context>
    <name>classroom</name>
    <message>
        <source>held-out accuracy</source>
        <translation>保留点准确率</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>保留点损失</translation>
    </message>
    <message>
        <source>held-out R²</source>
        <translation>保留点 R²</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Everyone trains on the same points, so the held-out scores compare.</source>
        <translation>大家在相同的点上训练，这样保留点上的得分才可比较。</translation>
    </message>
    <message>
        <source>the derived features</source>
        <translation>派生特征</translation>
    </message>
    <message>
        <source>The inputs are part of the task.</source>
        <translation>输入是任务的一部分。</translation>
    </message>
    <message>
        <source>standardisation</source>
        <translation>标准化</translation>
    </message>
    <message>
        <source>The inputs are given as they are.</source>
        <translation>输入按原样给出。</translation>
    </message>
    <message>
        <source>the hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <source>The network&apos;s shape is given; the task is about the other choices.</source>
        <translation>网络的结构已给定；任务关注的是其他选择。</translation>
    </message>
    <message>
        <source>the activations</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>The activations are given.</source>
        <translation>激活函数已给定。</translation>
    </message>
    <message>
        <source>the output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>The output layer follows from the task.</source>
        <translation>输出层由任务决定。</translation>
    </message>
    <message>
        <source>the initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <source>Everyone starts from the same weights.</source>
        <translation>大家从相同的权重开始。</translation>
    </message>
    <message>
        <source>the optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>The optimizer is given.</source>
        <translation>优化器已给定。</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>The learning rate is given.</source>
        <translation>学习率已给定。</translation>
    </message>
    <message>
        <source>the optimizer&apos;s hyperparameters</source>
        <translation>优化器的超参数</translation>
    </message>
    <message>
        <source>The optimizer&apos;s settings are given.</source>
        <translation>优化器的设置已给定。</translation>
    </message>
    <message>
        <source>the batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>The batch size is given.</source>
        <translation>批量大小已给定。</translation>
    </message>
    <message>
        <source>the number of epochs</source>
        <translation>轮次数</translation>
    </message>
    <message>
        <source>Everyone trains for the same number of epochs.</source>
        <translation>大家训练相同的轮次数。</translation>
    </message>
    <message>
        <source>the batch order</source>
        <translation>批量顺序</translation>
    </message>
    <message>
        <source>Everyone sees the batches in the same order.</source>
        <translation>大家以相同的顺序看到各个批量。</translation>
    </message>
</context>
<context>
    <name>compare_windows</name>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Optimizer &amp;race…</source>
        <translation>优化器比赛(&amp;R)…</translation>
    </message>
    <message>
        <source>Train several optimizers from the same initial weights on the same batches</source>
        <translation>从相同的初始权重出发，在相同的批量上训练多个优化器</translation>
    </message>
    <message>
        <source>Loss &amp;landscape…</source>
        <translation>损失地形(&amp;L)…</translation>
    </message>
    <message>
        <source>The training loss over a plane through the current weights; click to move there</source>
        <translation>穿过当前权重的平面上的训练损失；点击即可移到该处</translation>
    </message>
    <message>
        <source>&amp;Timeline and branches…</source>
        <translation>时间线与分支(&amp;T)…</translation>
    </message>
    <message>
        <source>Record a run of this experiment, scrub back through it and branch with other settings</source>
        <translation>记录此实验的一次训练，回看其过程并以其他设置分支</translation>
    </message>
    <message>
        <source>{title} — ANN Studio</source>
        <translation>{title} — ANN Studio</translation>
    </message>
    <message>
        <source>Optimizer race</source>
        <translation>优化器比赛</translation>
    </message>
    <message>
        <source>The map of the window&apos;s current weights (random directions: the window&apos;s live run keeps no recorded path; the Timeline window&apos;s runs do). Press Compute map; a click sets the window&apos;s weights there.</source>
        <translation>窗口当前权重的地图（随机方向：窗口的实时训练不记录路径；时间线窗口中的训练会记录）。请按“计算地图”；点击即可将窗口的权重设到该处。</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>损失地形</translation>
    </message>
    <message>
        <source>recording {epochs} epochs of {settings} from the experiment&apos;s initial weights…</source>
        <translation>正在从实验的初始权重开始记录 {settings} 的 {epochs} 个轮次…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>engine_note</name>
    <message>
        <source>{engine} on {device}: only PyTorch runs on a GPU.</source>
        <translation>{engine}，运行于 {device}：只有 PyTorch 能在 GPU 上运行。</translation>
    </message>
    <message>
        <source>one step is F = batch × Σ d_in·d_out = {flops} multiply-adds (PyTorch {dtype} pays off from about {threshold})</source>
        <translation>每一步为 F = batch × Σ d_in·d_out = {flops} 次乘加运算（PyTorch {dtype} 从约 {threshold} 起才划算）</translation>
    </message>
    <message>
        <source>PyTorch on the CPU runs slower than NumPy on a network this small: {work}, so its fixed cost per step outweighs the work. Engine &apos;auto&apos; would pick NumPy here.</source>
        <translation>在这么小的网络上，CPU 上的 PyTorch 比 NumPy 慢：{work}，因此它每一步的固定开销超过了计算量。“auto”引擎在这里会选择 NumPy。</translation>
    </message>
    <message>
        <source>PyTorch on the CPU: {work}; large enough for PyTorch to be the faster engine.</source>
        <translation>CPU 上的 PyTorch：{work}；规模足够大，PyTorch 是更快的引擎。</translation>
    </message>
    <message>
        <source>Engine &apos;auto&apos; picked NumPy: {work}.</source>
        <translation>“auto”引擎选择了 NumPy：{work}。</translation>
    </message>
    <message>
        <source>NumPy on the CPU: {work}.</source>
        <translation>CPU 上的 NumPy：{work}。</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>choose a .png or .svg file name, not {name}</source>
        <translation>请选择 .png 或 .svg 文件名，而不是 {name}</translation>
    </message>
    <message>
        <source>the plot has no size to export yet</source>
        <translation>图表尚无可导出的尺寸</translation>
    </message>
    <message>
        <source>Qt could not write the PNG image</source>
        <translation>Qt 无法写入 PNG 图像</translation>
    </message>
    <message>
        <source>nothing was written to {name}</source>
        <translation>没有写入任何内容到 {name}</translation>
    </message>
    <message>
        <source>could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <source>there is no plot to export</source>
        <translation>没有可导出的图表</translation>
    </message>
    <message>
        <source>an ANN Studio experiment</source>
        <translation>ANN Studio 实验</translation>
    </message>
    <message>
        <source>a Python script</source>
        <translation>Python 脚本</translation>
    </message>
    <message>
        <source>another kind of file</source>
        <translation>另一种类型的文件</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>PyTorch script (multi-GPU, torchrun)…</source>
        <translation>PyTorch 脚本（多 GPU，torchrun）…</translation>
    </message>
    <message>
        <source>The same script, ready for many GPUs: runs as python train_ddp.py or as torchrun --nproc_per_node=N train_ddp.py, with the same batch and learning rate</source>
        <translation>同一个脚本，可用于多块 GPU：可用 python train_ddp.py 或 torchrun --nproc_per_node=N train_ddp.py 运行，批量和学习率不变</translation>
    </message>
</context>
<context>
    <name>goals</name>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>{goal} at epoch {epoch}</source>
        <translation>{goal}（第 {epoch} 轮）</translation>
    </message>
    <message>
        <source>{goal}  (now {value})</source>
        <translation>{goal}  （当前 {value}）</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <source>training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>lowest training loss</source>
        <translation>最低训练损失</translation>
    </message>
    <message>
        <source>epochs trained</source>
        <translation>已训练轮次</translation>
    </message>
    <message>
        <source>epochs to reach loss {loss}</source>
        <translation>损失降到 {loss} 所需轮次</translation>
    </message>
    <message>
        <source>first layer&apos;s gradient norm / last layer&apos;s</source>
        <translation>第一层梯度范数 / 最后一层梯度范数</translation>
    </message>
    <message>
        <source>epochs whose loss went up</source>
        <translation>损失上升的轮次数</translation>
    </message>
    <message>
        <source>largest rise of the loss between epochs</source>
        <translation>相邻轮次间损失的最大升幅</translation>
    </message>
    <message>
        <source>largest climb above the lowest loss so far</source>
        <translation>高出此前最低损失的最大回升</translation>
    </message>
    <message>
        <source>share of steps whose batch loss went up</source>
        <translation>批量损失上升的步数占比</translation>
    </message>
    <message>
        <source>hidden units in all</source>
        <translation>隐藏神经元总数</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>隐藏层数</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Row vectors: &lt;b&gt;u = z W + b&lt;/b&gt;. A network with K weight layers, numbered from the output: the input is z&lt;sub&gt;K&lt;/sub&gt; = x; for i = K … 1: u&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt; W&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;i&lt;/sub&gt;, z&lt;sub&gt;i−1&lt;/sub&gt; = φ&lt;sub&gt;i&lt;/sub&gt;(u&lt;sub&gt;i&lt;/sub&gt;); the output is z&lt;sub&gt;0&lt;/sub&gt;.</source>
        <translation>行向量：&lt;b&gt;u = z W + b&lt;/b&gt;。一个有 K 个权重层的网络，从输出端开始编号：输入为 z&lt;sub&gt;K&lt;/sub&gt; = x；对 i = K … 1：u&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt; W&lt;sub&gt;i&lt;/sub&gt; + b&lt;sub&gt;i&lt;/sub&gt;，z&lt;sub&gt;i−1&lt;/sub&gt; = φ&lt;sub&gt;i&lt;/sub&gt;(u&lt;sub&gt;i&lt;/sub&gt;)；输出为 z&lt;sub&gt;0&lt;/sub&gt;。</translation>
    </message>
    <message>
        <source>W&lt;sub&gt;i&lt;/sub&gt; has shape d&lt;sub&gt;i&lt;/sub&gt; × d&lt;sub&gt;i−1&lt;/sub&gt; (rows = inputs of that layer), so the number of parameters is Σ&lt;sub&gt;i&lt;/sub&gt; d&lt;sub&gt;i−1&lt;/sub&gt;(d&lt;sub&gt;i&lt;/sub&gt; + 1).</source>
        <translation>W&lt;sub&gt;i&lt;/sub&gt; 的形状为 d&lt;sub&gt;i&lt;/sub&gt; × d&lt;sub&gt;i−1&lt;/sub&gt;（行 = 该层的输入），因此参数个数为 Σ&lt;sub&gt;i&lt;/sub&gt; d&lt;sub&gt;i−1&lt;/sub&gt;(d&lt;sub&gt;i&lt;/sub&gt; + 1)。</translation>
    </message>
    <message>
        <source>Layer 1 is the output layer. PyTorch numbers the other way (fc1 is next to the input): View ▸ PyTorch layer order switches the labels.</source>
        <translation>第 1 层是输出层。PyTorch 的编号方向相反（fc1 紧邻输入）：视图 ▸ PyTorch 层顺序 可切换标签。</translation>
    </message>
    <message>
        <source>Binary classification: z&lt;sub&gt;0&lt;/sub&gt; = σ(u&lt;sub&gt;1&lt;/sub&gt;), loss −log σ(y·u) for labels y = ±1 (the same as cross entropy with 0/1 labels). Multi-class: softmax + cross entropy. Regression: identity + mean squared error.</source>
        <translation>二分类：z&lt;sub&gt;0&lt;/sub&gt; = σ(u&lt;sub&gt;1&lt;/sub&gt;)，对标签 y = ±1 的损失为 −log σ(y·u)（与 0/1 标签的交叉熵相同）。多分类：softmax + 交叉熵。回归：恒等函数 + 均方误差。</translation>
    </message>
    <message>
        <source>Backpropagation: ∂L/∂W&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; δ&lt;sub&gt;i&lt;/sub&gt; with δ&lt;sub&gt;i&lt;/sub&gt; = ∂L/∂u&lt;sub&gt;i&lt;/sub&gt;; the δ travel from the output towards the input through the Jacobians ∇φ and W&lt;sup&gt;T&lt;/sup&gt;.</source>
        <translation>反向传播：∂L/∂W&lt;sub&gt;i&lt;/sub&gt; = z&lt;sub&gt;i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; δ&lt;sub&gt;i&lt;/sub&gt;，其中 δ&lt;sub&gt;i&lt;/sub&gt; = ∂L/∂u&lt;sub&gt;i&lt;/sub&gt;；δ 经由雅可比矩阵 ∇φ 和 W&lt;sup&gt;T&lt;/sup&gt; 从输出传向输入。</translation>
    </message>
    <message>
        <source>Notation (as in the lecture)</source>
        <translation>符号说明（与课堂一致）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Move the cross</source>
        <translation>移动十字光标</translation>
    </message>
    <message>
        <source>←  →  ↑  ↓ (Shift: larger steps)</source>
        <translation>←  →  ↑  ↓（Shift：更大步长）</translation>
    </message>
    <message>
        <source>Click there (the Dataset panel&apos;s tool)</source>
        <translation>在该处点击（数据集面板中选定的工具）</translation>
    </message>
    <message>
        <source>Space, Enter</source>
        <translation>空格、回车</translation>
    </message>
    <message>
        <source>Erase the nearest point</source>
        <translation>删除最近的点</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Inspect the nearest point</source>
        <translation>检查最近的点</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>In the data view</source>
        <translation>在数据视图中</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data&lt;/b&gt; — in the &lt;i&gt;Dataset&lt;/i&gt; panel pick a dataset (two moons, circles, spirals …) or import a CSV; or open a ready-made lesson from the &lt;i&gt;Lessons&lt;/i&gt; menu.</source>
        <translation>&lt;b&gt;数据&lt;/b&gt; — 在&lt;i&gt;数据集&lt;/i&gt;面板中选择一个数据集（双月、圆环、螺旋……）或导入 CSV；也可以从&lt;i&gt;课程&lt;/i&gt;菜单打开现成的课程。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Network&lt;/b&gt; — in the &lt;i&gt;Network&lt;/i&gt; panel add hidden layers and set each one&apos;s width and activation; the diagram under the data shows the result.</source>
        <translation>&lt;b&gt;网络&lt;/b&gt; — 在&lt;i&gt;网络&lt;/i&gt;面板中添加隐藏层，并设置每层的宽度和激活函数；数据下方的示意图显示结果。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training&lt;/b&gt; — in the &lt;i&gt;Training&lt;/i&gt; panel choose the optimizer, the learning rate, the batch size and the number of epochs.</source>
        <translation>&lt;b&gt;训练&lt;/b&gt; — 在&lt;i&gt;训练&lt;/i&gt;面板中选择优化器、学习率、批量大小和轮次数。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run&lt;/b&gt; — press &lt;i&gt;Run ▶&lt;/i&gt;{run} and watch the decision boundary, the loss curves and every layer&apos;s neurons change. &lt;i&gt;Step batch&lt;/i&gt;{step_batch} and &lt;i&gt;Step epoch&lt;/i&gt;{step_epoch} train a little at a time; &lt;i&gt;Reset&lt;/i&gt;{reset} starts again from new initial weights.</source>
        <translation>&lt;b&gt;运行&lt;/b&gt; — 按下&lt;i&gt;运行 ▶&lt;/i&gt;{run}，观察决策边界、损失曲线和每一层神经元的变化。&lt;i&gt;单步批量&lt;/i&gt;{step_batch}和&lt;i&gt;单步轮次&lt;/i&gt;{step_epoch}每次只训练一小步；&lt;i&gt;重置&lt;/i&gt;{reset}以新的初始权重重新开始。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look inside&lt;/b&gt; — choose &lt;i&gt;Inspect&lt;/i&gt; under &quot;Click in the data view to&quot; and click a point: the step-through inspector{inspector} shows its forward pass and backpropagation with the real numbers.</source>
        <translation>&lt;b&gt;深入查看&lt;/b&gt; — 在“在数据视图中点击以”下选择&lt;i&gt;检查&lt;/i&gt;，然后点击一个点：逐步检查器{inspector}会用真实数值展示它的前向传播和反向传播。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep it&lt;/b&gt; — &lt;i&gt;File ▸ Save&lt;/i&gt;{save} writes the experiment; &lt;i&gt;File ▸ Export ▸ PyTorch script&lt;/i&gt; writes the same model for PyTorch.</source>
        <translation>&lt;b&gt;保存成果&lt;/b&gt; — &lt;i&gt;文件 ▸ 保存&lt;/i&gt;{save}写入实验；&lt;i&gt;文件 ▸ 导出 ▸ PyTorch 脚本&lt;/i&gt;为 PyTorch 写出同一模型。</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Help ▸ Notation explains the symbols; Help ▸ Keyboard shortcuts lists every key.</source>
        <translation>帮助 ▸ 符号说明 解释各个符号；帮助 ▸ 键盘快捷键 列出所有按键。</translation>
    </message>
</context>
<context>
    <name>inspect</name>
    <message>
        <source>scalar</source>
        <translation>标量</translation>
    </message>
    <message>
        <source>shape {shape}</source>
        <translation>形状 {shape}</translation>
    </message>
    <message>
        <source>shape {shape} · min {min} · max {max} · norm {norm}</source>
        <translation>形状 {shape} · 最小值 {min} · 最大值 {max} · 范数 {norm}</translation>
    </message>
    <message>
        <source>The input point</source>
        <translation>输入点</translation>
    </message>
    <message>
        <source>Forward through {layer}</source>
        <translation>前向通过{layer}</translation>
    </message>
    <message>
        <source>Output and loss</source>
        <translation>输出与损失</translation>
    </message>
    <message>
        <source>Backward: the loss&apos;s derivative</source>
        <translation>反向：损失的导数</translation>
    </message>
    <message>
        <source>Backward through {layer}: gradients of {W}, {b}</source>
        <translation>反向通过{layer}：{W}、{b} 的梯度</translation>
    </message>
    <message>
        <source>Backward: pass the gradient on to {layer}</source>
        <translation>反向：把梯度传给{layer}</translation>
    </message>
    <message>
        <source>used here, in unit {j} of {layer}:</source>
        <translation>在此使用，位于{layer}的神经元 {j}：</translation>
    </message>
    <message>
        <source>softmax is not element-wise: every output depends on every u.</source>
        <translation>softmax 不是逐元素的：每个输出都依赖于每个 u。</translation>
    </message>
    <message>
        <source>0.1·N(0, 1) (the lecture&apos;s initialisation)</source>
        <translation>0.1·N(0, 1)（课程中的初始化）</translation>
    </message>
    <message>
        <source>U(−a, a) with a = √(6/(d + e)) (Xavier)</source>
        <translation>U(−a, a)，其中 a = √(6/(d + e))（Xavier）</translation>
    </message>
    <message>
        <source>N(0, 2/d) (He)</source>
        <translation>N(0, 2/d)（He）</translation>
    </message>
    <message>
        <source>drawn from {how} with seed {seed}</source>
        <translation>从 {how} 中抽取，种子为 {seed}</translation>
    </message>
    <message>
        <source>drawn from {how}</source>
        <translation>从 {how} 中抽取</translation>
    </message>
    <message>
        <source>current value after 1 training step</source>
        <translation>训练 1 步后的当前值</translation>
    </message>
    <message>
        <source>current value after {steps} training steps</source>
        <translation>训练 {steps} 步后的当前值</translation>
    </message>
    <message>
        <source>{trained}; initialised {drawn}</source>
        <translation>{trained}；初始化：{drawn}</translation>
    </message>
    <message>
        <source>set by hand, a lesson or a file (not the random initialisation); not trained yet</source>
        <translation>由手动、课程或文件设定（不是随机初始化）；尚未训练</translation>
    </message>
    <message>
        <source>initial value, {drawn}; biases start at 0; not trained yet</source>
        <translation>初始值，{drawn}；偏置从 0 开始；尚未训练</translation>
    </message>
    <message>
        <source>its current value</source>
        <translation>其当前值</translation>
    </message>
    <message>
        <source>the network&apos;s output</source>
        <translation>网络的输出</translation>
    </message>
    <message>
        <source>the output of unit {j} of {layer}</source>
        <translation>{layer}的神经元 {j} 的输出</translation>
    </message>
    <message>
        <source>{z} = {value}: {where}, computed on {layer}&apos;s forward page:</source>
        <translation>{z} = {value}：{where}，在{layer}的前向页面上计算：</translation>
    </message>
    <message>
        <source>the data point</source>
        <translation>该数据点</translation>
    </message>
    <message>
        <source>{z} = {x} = {value}: feature {k} ({name}) of {where}; the input is data, not computed: every layer starts from it.</source>
        <translation>{z} = {x} = {value}：{where}的特征 {k}（{name}）；输入是数据，而不是计算得到的：每一层都从它开始。</translation>
    </message>
    <message>
        <source>{z} = {x} = {value}: feature {k} of {where}; the input is data, not computed: every layer starts from it.</source>
        <translation>{z} = {x} = {value}：{where}的特征 {k}；输入是数据，而不是计算得到的：每一层都从它开始。</translation>
    </message>
    <message>
        <source>the weight from input {k} to unit {j} of {layer}</source>
        <translation>从输入 {k} 到{layer}神经元 {j} 的权重</translation>
    </message>
    <message>
        <source>the bias of unit {j} of {layer}</source>
        <translation>{layer}神经元 {j} 的偏置</translation>
    </message>
    <message>
        <source>{label} = {value}: a parameter, {what} (double-click to edit); {origin}.</source>
        <translation>{label} = {value}：一个参数，{what}（双击可编辑）；{origin}。</translation>
    </message>
    <message>
        <source>{label} = {value}: a parameter, {what} (double-click to edit).</source>
        <translation>{label} = {value}：一个参数，{what}（双击可编辑）。</translation>
    </message>
    <message>
        <source>its gradient for this point: {formula}</source>
        <translation>它在该点上的梯度：{formula}</translation>
    </message>
    <message>
        <source>The input point is the first z; the lecture counts layers from the output.</source>
        <translation>输入点是第一个 z；课程从输出端开始给层编号。</translation>
    </message>
    <message>
        <source>{layer}&apos;s weights: one row per input, one column per unit.</source>
        <translation>{layer}的权重：每个输入一行，每个神经元一列。</translation>
    </message>
    <message>
        <source>{b}: 1 entry</source>
        <translation>{b}：1 个元素</translation>
    </message>
    <message>
        <source>{b}: {n} entries</source>
        <translation>{b}：{n} 个元素</translation>
    </message>
    <message>
        <source>{layer}&apos;s biases, one per unit.</source>
        <translation>{layer}的偏置，每个神经元一个。</translation>
    </message>
    <message>
        <source>Each unit&apos;s weighted sum of its inputs plus its bias.</source>
        <translation>每个神经元对其输入的加权和，再加上它的偏置。</translation>
    </message>
    <message>
        <source>The activation applied to u gives this layer&apos;s output — the network&apos;s output.</source>
        <translation>对 u 应用激活函数得到该层的输出——即网络的输出。</translation>
    </message>
    <message>
        <source>The activation applied to u gives this layer&apos;s output, the next layer&apos;s input.</source>
        <translation>对 u 应用激活函数得到该层的输出，也就是下一层的输入。</translation>
    </message>
    <message>
        <source>How wrong the output is for this point&apos;s label.</source>
        <translation>输出相对于该点标签的错误程度。</translation>
    </message>
    <message>
        <source>How the loss changes with each output: the first factor of the chain rule.</source>
        <translation>损失如何随每个输出变化：链式法则的第一个因子。</translation>
    </message>
    <message>
        <source>The Jacobian of the activation: how each output of {layer} moves with each of its pre-activations.</source>
        <translation>激活函数的雅可比矩阵：{layer}的每个输出如何随其每个预激活值变化。</translation>
    </message>
    <message>
        <source>The error signal at this layer&apos;s weighted sums (δ in vectorised code).</source>
        <translation>该层加权和处的误差信号（向量化代码中的 δ）。</translation>
    </message>
    <message>
        <source>How each of the {m} outputs of {g} depends on each weight: one n×m matrix per output.</source>
        <translation>{g} 的 {m} 个输出各自如何依赖于每个权重：每个输出一个 n×m 矩阵。</translation>
    </message>
    <message>
        <source>How each of the {m} outputs of {g} depends on each weight: one n×m matrix per output. Only the first {kept} of the {m} matrices are kept: the whole tensor would take {mb} MB.</source>
        <translation>{g} 的 {m} 个输出各自如何依赖于每个权重：每个输出一个 n×m 矩阵。只保留了 {m} 个矩阵中的前 {kept} 个：整个张量将占用 {mb} MB。</translation>
    </message>
    <message>
        <source>The gradient of the loss for every weight of this layer: the sum of outer products zᵀ·row.</source>
        <translation>损失对该层每个权重的梯度：外积 zᵀ·行 之和。</translation>
    </message>
    <message>
        <source>The gradient for the biases: ∂g/∂b = ∇φ, so it equals ∂L/∂u.</source>
        <translation>偏置的梯度：∂g/∂b = ∇φ，因此它等于 ∂L/∂u。</translation>
    </message>
    <message>
        <source>How {layer}&apos;s outputs move with its inputs {z}.</source>
        <translation>{layer}的输出如何随其输入 {z} 变化。</translation>
    </message>
    <message>
        <source>The chain rule so far: how the loss moves with the next layer&apos;s output.</source>
        <translation>到目前为止的链式法则：损失如何随下一层的输出变化。</translation>
    </message>
    <message>
        <source>Layer {n}</source>
        <translation>第 {n} 层</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>第 {n} 层</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <source>Step through ¬XOR by hand (inspector)</source>
        <translation>逐步手算 ¬XOR（检查器）</translation>
    </message>
    <message>
        <source>Lecture moons</source>
        <translation>课程中的双月数据</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <source>layer {i}</source>
        <translation>第 {i} 层</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>reader</name>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>No epoch trained yet.</source>
        <translation>尚未训练任何轮次。</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>损失 {loss}</translation>
    </message>
    <message>
        <source>loss {loss}, accuracy {accuracy}</source>
        <translation>损失 {loss}，准确率 {accuracy}</translation>
    </message>
    <message>
        <source>loss {loss}, R² {r2}</source>
        <translation>损失 {loss}，R² {r2}</translation>
    </message>
    <message>
        <source>Epoch {epoch}: train {train}.</source>
        <translation>第 {epoch} 轮：训练集 {train}。</translation>
    </message>
    <message>
        <source>Epoch {epoch}: train {train}; test {test}.</source>
        <translation>第 {epoch} 轮：训练集 {train}；测试集 {test}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>class {k} {share}</source>
        <translation>类别 {k} {share}</translation>
    </message>
    <message>
        <source>Decision regions over the plane: {parts}; {n} training points.</source>
        <translation>平面上的决策区域：{parts}；{n} 个训练点。</translation>
    </message>
    <message>
        <source>Step {i} of {n}: {title}. {formula}.</source>
        <translation>第 {i} 步（共 {n} 步）：{title}。{formula}。</translation>
    </message>
    <message>
        <source>{name} is hidden: predict it.</source>
        <translation>{name} 已隐藏：请先预测它。</translation>
    </message>
    <message>
        <source>{values}, … ({n} values)</source>
        <translation>{values}，…（共 {n} 个值）</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Points to generate</source>
        <translation>要生成的点数</translation>
    </message>
    <message>
        <source>the live views redraw every point</source>
        <translation>实时视图会重绘每个点</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to each point</source>
        <translation>加到每个点上的高斯噪声的标准差</translation>
    </message>
    <message>
        <source>beyond this the generator&apos;s shape is lost in the noise</source>
        <translation>超过此值，生成器的形状会淹没在噪声中</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same points</source>
        <translation>随机种子：相同的种子生成相同的点</translation>
    </message>
    <message>
        <source>Share of the points held out for testing</source>
        <translation>留作测试集的点的比例</translation>
    </message>
    <message>
        <source>Number of classes of blobs and spirals</source>
        <translation>团簇和螺旋数据的类别数</translation>
    </message>
    <message>
        <source>Neurons in this layer</source>
        <translation>该层的神经元数</translation>
    </message>
    <message>
        <source>the layer views draw one map per neuron</source>
        <translation>层视图为每个神经元绘制一张图</translation>
    </message>
    <message>
        <source>Random seed of the initial weights: same seed, same start</source>
        <translation>初始权重的随机种子：相同的种子，相同的起点</translation>
    </message>
    <message>
        <source>Points per mini-batch: one optimizer step each</source>
        <translation>每个小批量的点数：每个小批量执行一次优化器步骤</translation>
    </message>
    <message>
        <source>Epochs to train</source>
        <translation>训练的轮次数</translation>
    </message>
    <message>
        <source>{bounds}: {why}</source>
        <translation>{bounds}：{why}</translation>
    </message>
    <message>
        <source>{doc} ({bounds})</source>
        <translation>{doc}（{bounds}）</translation>
    </message>
</context>
<context>
    <name>start_panel</name>
    <message>
        <source>&amp;Where to start</source>
        <translation>从哪里开始(&amp;W)</translation>
    </message>
    <message>
        <source>What the window shows and three first steps</source>
        <translation>窗口显示的内容和三个入门步骤</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>every step</source>
        <translation>每一步</translation>
    </message>
    <message>
        <source>every {k} steps</source>
        <translation>每 {k} 步</translation>
    </message>
    <message>
        <source>timeline {used} of {budget} MB, {every}</source>
        <translation>时间线 {used} / {budget} MB，{every}</translation>
    </message>
    <message>
        <source>Scrubbing back and branching need the run&apos;s past; it is recorded for the NumPy engine (Training ▸ Engine).</source>
        <translation>回退和分支需要这次运行的历史；只有 NumPy 引擎会记录它（训练 ▸ 引擎）。</translation>
    </message>
    <message>
        <source>every {k}th step</source>
        <translation>每 {k} 步</translation>
    </message>
    <message>
        <source>To scrub back and branch, the run keeps every step&apos;s loss (8 bytes each) and, {every}, a checkpoint: the {parameters} weights and biases θ, the optimizer&apos;s state and the position in the batch order ({checkpoints} checkpoints now). A step between two checkpoints is replayed exactly from the one before it. When the {budget} MB budget is full, every other checkpoint is dropped and the interval doubles.</source>
        <translation>为了能回退和分支，这次运行会保存每一步的损失（每个 8 字节），并且{every}保存一个检查点：{parameters} 个权重和偏置 θ、优化器的状态以及在批量顺序中的位置（当前共 {checkpoints} 个检查点）。两个检查点之间的某一步会从前一个检查点精确重放。当 {budget} MB 的预算用满时，每隔一个检查点删除一个，间隔加倍。</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>before the first step</source>
        <translation>第一步之前</translation>
    </message>
    <message>
        <source>epoch {epoch}, batch {batch} of {batches}: its end</source>
        <translation>第 {epoch} 轮，第 {batch}/{batches} 个批量：该轮结束</translation>
    </message>
    <message>
        <source>epoch {epoch}, batch {batch} of {batches}</source>
        <translation>第 {epoch} 轮，第 {batch}/{batches} 个批量</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>per frame</source>
        <translation>每帧一步</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>{speed} steps/s</source>
        <translation>{speed} 步/秒</translation>
    </message>
</context>
</TS>
