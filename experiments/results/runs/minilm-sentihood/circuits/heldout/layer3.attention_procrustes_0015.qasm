// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.8501108165821791) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fb0066dfccd19f99f46f38e9b728f98dc414e99f81d6c0443146461d4cfe83ca
