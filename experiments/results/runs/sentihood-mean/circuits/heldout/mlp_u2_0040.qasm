// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4192324842769466) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 03b9e408140c42ba18d107e0d68080ab22abd49468c85edf730fda003748a402
