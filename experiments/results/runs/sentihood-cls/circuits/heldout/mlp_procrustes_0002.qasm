// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.204235692470271) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2e700e7621d1a9df307d89fbef1ac56cd0c030a43f9f7ddf60c30f2808a81517
