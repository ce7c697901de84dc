// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0175701453713435) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f0416d257aef61982752703241eddfe04cb6350f66da8faa9be0b51148f8651c
