// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5991126274967273) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fab9f9140b203dacee102fc658c18907316ff0756a6f8a25118c06aff99502fd
