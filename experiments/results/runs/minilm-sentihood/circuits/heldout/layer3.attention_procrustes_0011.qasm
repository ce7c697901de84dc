// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9642548727685154) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 984ee0090ed1c400db384a383cab4050ae956f5e574191bedde0086ee25ef9e4
