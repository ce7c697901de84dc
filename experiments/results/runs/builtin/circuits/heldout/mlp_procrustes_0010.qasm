// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.123295744693211) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 10973e09755e99c82b52cb24ee7852c33e26a1878f9e4866ed53778316910234
