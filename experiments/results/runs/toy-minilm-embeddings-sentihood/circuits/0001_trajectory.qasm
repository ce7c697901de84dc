// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(3.0300455858601354) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 660cfdc5cff805ec71926f6ddc2fc250484c46db997925923daf2b5efc077a45
