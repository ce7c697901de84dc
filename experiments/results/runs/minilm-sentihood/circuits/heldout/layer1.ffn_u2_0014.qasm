// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3656453561712065) q[0];
ry(2.03022585401525) q[0];
rz(0.16817151583007828) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d89722dc4de0f603b1967a2dfedfb273b33ee5a4082f68343a796df03905890d
