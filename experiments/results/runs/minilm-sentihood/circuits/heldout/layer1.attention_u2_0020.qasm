// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3615739562766844) q[0];
ry(2.17611542445919) q[0];
rz(0.21197263326660165) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f4536c4a9e30ad6cadb4e67fc1bfda2943cf27232e6f0bcffab34fc22bf5f4d5
