// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(-1.4051571526524609) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 513baeb98fcb16c6d55f381c644183025fd3803e8c181df219d37673b0052804
