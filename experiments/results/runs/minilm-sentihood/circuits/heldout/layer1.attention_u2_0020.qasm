// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3615742025090012) q[0];
ry(2.176115477686229) q[0];
rz(0.211972802151994) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5a17223d6c5c04e5e2991244247517a9885ca903001b00cf4e7be321d35ed97d
