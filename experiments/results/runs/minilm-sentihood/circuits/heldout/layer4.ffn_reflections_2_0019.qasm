// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5716172063271057) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb541e656c0b7b2c1ebbab9a9afb16fd19632a22f27db8f9c83dfc1e442ed877
