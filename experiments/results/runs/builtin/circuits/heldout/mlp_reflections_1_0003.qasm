// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-0.6951093507700923) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2afa5db6c77fe64fb31db42a3bc21943a3fc1cfd63b16b323f9d119d64c0c2f6
