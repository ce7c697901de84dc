// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.250309791757942) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ebff8edbc75ed42c4b9e4ad78421f50c7618e82fdbabfbc13318214b5622f8bc
