// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.7520359733345705) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 86d0331014ec71570356d9fa9b4ff0c6415c00da079aa7533537299750061d22
