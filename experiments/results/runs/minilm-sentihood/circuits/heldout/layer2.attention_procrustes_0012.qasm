// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.212784833370533) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 08f3cd9f7f3e8bab9314120938e19511ac98e98f25b95011bd8e2f651f4fbfe0
