// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3614134770793838) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3ee9e85060dadca0e1e61b848aeddc2b7a56c354c8d1bd0659453a418ecfa27c
