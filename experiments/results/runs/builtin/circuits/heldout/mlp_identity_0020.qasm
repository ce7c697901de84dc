// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3901623177735335) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 204c1a97831362f735c4782c6e2b7ab4bc6c11c7edc951bd8522e28b896bdc86
