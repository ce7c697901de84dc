// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5933084876679975) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 58343c580878af0c44460b5e019914eece58d9f3e9165a3b7b305e228e66ad26
