// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5240172242740975) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c7737c7287e6234f6f61d68ec72af94c4aae63a29b49c21532aad80e9fb19f3e
