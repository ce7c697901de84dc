// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.471798995733463) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fdf032750f02fa2b2190305a33fc949a25529add2ff1f3abe5ccc812d2326a88
