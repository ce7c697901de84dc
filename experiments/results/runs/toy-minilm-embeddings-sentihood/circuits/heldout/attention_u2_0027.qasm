// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(1.6741694042574604) q[0];
ry(1.7407657285027944) q[0];
rz(2.1209457623446415) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0797d46a0e4fdc7e0c6720f27a640489360ef126cc35a1b28994ee988893e292
