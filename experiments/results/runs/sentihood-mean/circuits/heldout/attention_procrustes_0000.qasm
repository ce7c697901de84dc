// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4988871716691876) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5aaa6745e5ca8901cabcfcd1f7a50abd2470521cee5e57556966bf7f8765d7a0
