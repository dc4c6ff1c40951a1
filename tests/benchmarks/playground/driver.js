// Times TensorFlow Playground's engine (nn.ts compiled to nn.js beside this file) the way
// its playground.ts trains: oneStep() = one epoch over the training points, one example
// at a time (forwardProp, backProp with squared error), updateWeights every batchSize
// examples, then getLoss over the training and the test points.
// Usage: node driver.js DATA.json  → prints one JSON line {examples_per_s, loss_train, ...}
"use strict";
const fs = require("fs");
const nn = require(process.env.PLAYGROUND_NN || "./nn.js");
const cfg = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const train = cfg.train, test = cfg.test;   // [[x1, x2, label ±1], ...]

function getLoss(network, points) {          // playground.ts getLoss
  let loss = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    const out = nn.forwardProp(network, [p[0], p[1]]);
    loss += nn.Errors.SQUARE.error(out, p[2]);
  }
  return loss / points.length;
}

function oneStep(network) {                  // playground.ts oneStep, without the UI
  train.forEach((p, i) => {
    nn.forwardProp(network, [p[0], p[1]]);
    nn.backProp(network, p[2], nn.Errors.SQUARE);
    if ((i + 1) % cfg.batch === 0) {
      nn.updateWeights(network, cfg.lr, 0);
    }
  });
  return [getLoss(network, train), getLoss(network, test)];
}

const shape = [2].concat(cfg.hidden, [1]);
const network = nn.buildNetwork(shape, nn.Activations.TANH, nn.Activations.TANH, null,
                                ["x", "y"], false);
for (let e = 0; e < cfg.warmup_epochs; e++) oneStep(network);   // let the JIT settle
let epochs = 0, losses = null;
const t0 = process.hrtime.bigint();
let dt = 0;
while (dt < cfg.seconds) {
  losses = oneStep(network);
  epochs++;
  dt = Number(process.hrtime.bigint() - t0) / 1e9;
}
console.log(JSON.stringify({examples_per_s: epochs * train.length / dt, epochs: epochs,
                            seconds: dt, loss_train: losses[0], loss_test: losses[1]}));
