// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4368349741587372) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5b21875e9cb67d21b1e2c6a4f53494e1dddda2a63fec2bd3ae375454910dfa38
