// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.9635363069563778) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 26352ef9e2bc533e0b8d8407e63f29028ef4bb9b97e4d529e2b146f61699e000
