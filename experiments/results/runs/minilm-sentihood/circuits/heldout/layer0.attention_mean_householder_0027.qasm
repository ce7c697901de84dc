// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.1245945405297173) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f4b20ea735364b6edc53ccaae3d0824cacb9c907f9d5ba3611dcf237d268d861
