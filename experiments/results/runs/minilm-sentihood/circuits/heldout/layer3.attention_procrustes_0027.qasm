// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.1051505586783337) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0de87b7b82f64f7f754eff2e5659978271352a5d86571149c8330c0ea377bcc3
