// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7821573061466562) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 7996cb009bf625cf5c4431c332de01a0b82d503a05858cf27add4b2105a5dcb3
