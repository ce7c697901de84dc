// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.15822738996383276) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 594e1296fc68981601ec159f9f61bf259972a1d88aa433c50df80360df2e58d5
