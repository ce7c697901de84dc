// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7323352374682823) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 1d2c889c932aa1fd382ac4537c94455c77819c30e3da52e205af0d46b5f9326e
