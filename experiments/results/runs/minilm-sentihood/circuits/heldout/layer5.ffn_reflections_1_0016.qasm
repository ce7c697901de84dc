// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.7112007273102297) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6e41212156eed63ad16f6ed903bf0ecdb54dff2eff246de8ea145a1428e34683
