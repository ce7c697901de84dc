// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.1346521082501888) q[0];
ry(1.060398892170602) q[0];
rz(-0.06608489096158765) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a7c395a67dbf541f4c5ca2f4fbb2c9051831dc3af6ae92d4676b7f31ab21cf28
