// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.894976688909336) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 af46c3ac23dca814cb9e667672fddc635977b6057a297b1e73253cb57d1e99e3
