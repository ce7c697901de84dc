// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.3284576641043575) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 13477c886026092d016301be0cb97e63ce444217c80dba091ceaf0841543f468
