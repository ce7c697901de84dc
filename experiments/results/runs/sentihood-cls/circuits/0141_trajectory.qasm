// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8904951204699223) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d36bd71da457b07278c3f1a2906409793c81453ed93d6c2d1a1e588ddda8a833
