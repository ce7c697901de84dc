// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2971180998824492) q[0];
ry(2.3064396677703747) q[0];
rz(0.2026470940396674) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7fff6e8571c8b56fbb071c19b1c437a1c521444db257c399943ba761e930b333
