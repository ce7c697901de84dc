// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.47043127462365136) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 84855956dabe713a6e1a502ac564ddb2287db29f13f649b8f69e25d7fc6f44b0
