// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3294199617932405) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fc5be0116d69028e0bc98ac0fa69d6e02aa682be1b2986d496f57197979a038a
