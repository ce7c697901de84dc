// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0283328866152726) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c963118718bbb1067d080fb02ca262c0682d16cae96aab57a809c45fed9e7244
