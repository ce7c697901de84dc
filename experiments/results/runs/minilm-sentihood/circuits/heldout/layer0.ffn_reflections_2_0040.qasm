// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3172660317240572) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4ca3d90d157ad7893370ceef3793b326233533bdaa2ac88a07b5a6e953e0dc31
